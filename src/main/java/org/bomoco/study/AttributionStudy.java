package org.bomoco.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.bomoco.data.AtomicFiles;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.plot.FigureFiles;
import org.bomoco.report.Table;
import org.bomoco.report.TableWriters;

/**
 * {@code kind: attribution} (issue 5, evaluation 1, business-outcome attribution): the Monte-Carlo evaluation of the
 * attribution methods of {@link org.bomoco.causal.AttributionEvaluation} (naive correlation, DiD, ITS, synthetic
 * control) over simulated histories per scenario, their power curve, and the rollback trigger's detection delay and
 * false-alarm rate ({@link org.bomoco.causal.RollbackEvaluation}).
 *
 * <p>Writes {@code tables/attribution|power|rollback.csv|md}, {@code figures/attribution-bias-coverage|power-curve|
 * rollback.png|svg} and {@code report.html}, all atomically; finished cells ({@link AttributionCells}) are kept in
 * {@code cells/} and reused, so a killed run resumes. Numbers do not depend on the thread count.
 */
final class AttributionStudy implements Study {
    private final AttributionSpec spec;
    private final EngineSpec engine;

    AttributionStudy(AttributionSpec spec) {
        this(spec, EngineSpec.DEFAULT);
    }

    AttributionStudy(AttributionSpec spec, EngineSpec engine) {
        this.spec = spec;
        this.engine = engine;
    }

    /** Reads and validates the study file ({@link AttributionSpecReader}). */
    static Study read(SpecNode root) {
        AttributionSpec spec = AttributionSpecReader.read(root);
        return new AttributionStudy(spec, EngineSpec.read(root));
    }

    @Override
    public EngineSpec engine() {
        return engine;
    }

    AttributionSpec spec() {
        return spec;
    }

    @Override
    public String kind() {
        return "attribution";
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public Path output() {
        return spec.output();
    }

    @Override
    public String summary() {
        return spec.summary();
    }

    @Override
    public Path run(StudyContext context) throws IOException {
        PrintWriter out = context.out();
        StudyFiles files = new StudyFiles(spec.output());
        CellEngine engine = context.cells(spec.threads());
        files.prepare(spec.toYaml(), context.force(), engine.engine(), engine.parallelism()).ifPresent(out::println);
        out.printf("attribution study %s: %s, %s%n", spec.name(), spec.summary(), engine.where());
        out.flush();
        long start = System.nanoTime();
        AttributionCells.Results results = AttributionCells.run(spec, files, engine, out);
        writeTable(files, AttributionTables.attribution(spec, results, true),
                AttributionTables.attribution(spec, results, false));
        writeTable(files, AttributionTables.powerLong(spec, results), AttributionTables.powerWide(spec, results));
        writeTable(files, AttributionTables.rollback(spec, results, true),
                AttributionTables.rollback(spec, results, false));
        List<FigureFiles.Figure> figures = AttributionReport.figures(spec, results, files);
        List<String> headline = new ArrayList<>(AttributionTables.headline(spec, results));
        String sensitivity = spec.sensitivity() == null ? null : sensitivity(files, context, out, headline);
        List<Table> shown = List.of(AttributionTables.attribution(spec, results, false),
                AttributionTables.powerWide(spec, results), AttributionTables.rollback(spec, results, false));
        Path report = AttributionReport.write(spec, files, headline, shown, figures, sensitivity);
        out.printf(Locale.ROOT, "finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
        headline.forEach(out::println);
        out.flush();
        return report;
    }

    /**
     * The learned-sensitivity placement comparison ({@link KpiSensitivity}) as one resumable unit: its CSV, Markdown
     * and headline are kept in {@code cells/sensitivity.*}; the tables go to {@code tables/sensitivity.csv|md}.
     * Adds the headline to {@code headline} and returns the Markdown.
     */
    private String sensitivity(StudyFiles files, StudyContext context, PrintWriter out, List<String> headline)
            throws IOException {
        Optional<String> csv = files.cell("sensitivity.csv");
        Optional<String> md = files.cell("sensitivity.md");
        Optional<String> line = files.cell("sensitivity.txt");
        if (csv.isEmpty() || md.isEmpty() || line.isEmpty()) {
            KpiSensitivity.Result r = KpiSensitivity.run(spec.sensitivity(), context.catalogue(), out);
            files.saveCell("sensitivity.md", r.toMarkdown());
            files.saveCell("sensitivity.txt", r.headline());
            files.saveCell("sensitivity.csv", r.toCsv());
            csv = Optional.of(r.toCsv());
            md = Optional.of(r.toMarkdown());
            line = Optional.of(r.headline());
        }
        AtomicFiles.write(files.tables().resolve("sensitivity.csv"), csv.get());
        AtomicFiles.write(files.tables().resolve("sensitivity.md"), md.get());
        headline.add(line.get().strip());
        return md.get();
    }

    /** {@code tables/<name>.csv} from {@code csv} and {@code tables/<name>.md} from {@code view}, atomically. */
    private static void writeTable(StudyFiles files, Table csv, Table view) throws IOException {
        AtomicFiles.write(files.tables().resolve(csv.name() + ".csv"), TableWriters.csv(csv));
        AtomicFiles.write(files.tables().resolve(view.name() + ".md"), TableWriters.markdown(view));
    }
}
