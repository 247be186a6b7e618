package org.bomoco.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.data.AtomicFiles;
import org.bomoco.plot.FigureFiles;
import org.bomoco.results.Results;

/**
 * Builds the report of a results directory: {@code tables/} (CSV, Markdown, LaTeX), {@code figures/} (PNG, SVG)
 * and one self-contained {@code report.html}. Rebuilding overwrites these outputs and nothing else.
 */
public final class Reports {
    private Reports() {
    }

    /**
     * What {@link #write} produced.
     *
     * @param html the report file
     * @param tables the table files
     * @param figures the figure files (PNG and SVG)
     * @param messages lines for the console (the cross-cloud arbitrage violation check, when that section is built)
     */
    public record Written(Path html, List<Path> tables, List<Path> figures, List<String> messages) {
        public Written {
            tables = List.copyOf(tables);
            figures = List.copyOf(figures);
            messages = List.copyOf(messages);
        }

        /** A report without console lines. */
        public Written(Path html, List<Path> tables, List<Path> figures) {
            this(html, tables, figures, List.of());
        }
    }

    /** The catalogue {@link #write(Path, String)} regenerates {@code generate} instances from. */
    public static final Path DEFAULT_CATALOGUE = Path.of("datasets");

    /**
     * Writes tables, figures and {@code report.html} under {@code output}.
     *
     * @param output a results directory (with {@code indicators.csv}; runs and references optional)
     * @param controlLabel algorithm label to compare the others with (+/−/≈), or {@code null}
     * @throws org.bomoco.model.InputException on a missing {@code indicators.csv}, a malformed file or an unknown
     *     control label
     */
    public static Written write(Path output, String controlLabel) throws IOException {
        return write(output, controlLabel, DEFAULT_CATALOGUE);
    }

    /**
     * As {@link #write(Path, String)}; {@code catalogue} is the directory that {@code generate} instances are
     * regenerated from when the report re-evaluates stored decisions (the cross-cloud arbitrage section).
     */
    public static Written write(Path output, String controlLabel, Path catalogue) throws IOException {
        Results results = Results.open(output);
        List<Table> tables = SummaryTables.build(results, controlLabel);
        List<Path> tableFiles = writeTables(tables, output);
        org.bomoco.data.FaultPoint.reach("tables");
        FrontAnalysis fronts = FrontAnalysis.of(results);
        List<Table> frontTables = FrontAnalysisTables.tables(results, fronts);
        tableFiles.addAll(writeTables(frontTables, output));
        List<ReportFigures.Drawn> figures = ReportFigures.draw(results, output.resolve("figures"));
        List<Path> figureFiles = new ArrayList<>();
        for (ReportFigures.Drawn d : figures) {
            FigureFiles.Figure f = d.figure();
            figureFiles.add(f.png());
            figureFiles.add(f.svg());
        }
        ArbitrageSection arbitrage = ArbitrageSection.build(output, catalogue);
        List<String> messages = new ArrayList<>();
        String extra = "";
        if (arbitrage != null) {
            tableFiles.addAll(writeTables(arbitrage.tables(), output));
            arbitrage.figures().forEach(f -> figureFiles.addAll(List.of(f.png(), f.svg())));
            messages.addAll(arbitrage.messages());
            extra = arbitrage.html();
        }
        Path html = output.resolve("report.html");
        AtomicFiles.write(html, HtmlReport.render(results, tables, figures, controlLabel,
                FrontAnalysisTables.html(fronts, frontTables), extra));
        return new Written(html, tableFiles, figureFiles, messages);
    }

    /** Writes {@code tables} under {@code output/tables}. */
    static List<Path> writeTables(List<Table> tables, Path output) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Table t : tables) {
            files.addAll(TableWriters.writeAll(t, output.resolve("tables")));
        }
        return files;
    }
}
