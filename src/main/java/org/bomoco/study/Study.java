package org.bomoco.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.bomoco.experiment.EngineSpec;

/**
 * An evaluation described by one YAML file with a {@code kind} other than {@code experiment}: read and validated by
 * {@link Studies#read}, run by {@code ./bomoco run FILE}. A study writes into {@link #output()}: the resolved config
 * ({@code study.yaml}), {@code environment.json}, {@code tables/} (CSV + Markdown), {@code figures/} (PNG + SVG) and
 * {@code report.html}; every file atomically, and an interrupted run resumes without redoing finished cells.
 */
public interface Study {
    /** The {@code kind} value this study was read from. */
    String kind();

    /** The experiment name (the {@code name} key). */
    String name();

    /** The output directory. */
    Path output();

    /**
     * Where the study file asks its work to run: its {@code engine} and {@code master} keys, read and checked with the
     * study ({@link EngineSpec#read}); the command line may override them ({@link EngineSpec#with}). The default, for
     * a plain experiment (whose engine comes to {@link ExperimentStudy} ready-made), is {@link EngineSpec#DEFAULT}.
     */
    default EngineSpec engine() {
        return EngineSpec.DEFAULT;
    }

    /** One line for {@code ./bomoco validate}: what will run, e.g. "200 histories × 6 effect sizes". */
    String summary();

    /** What {@link #output()} holds once {@link #run} returns, for the closing line of {@code ./bomoco run}. */
    default String contents() {
        return "tables/, figures/, cells/";
    }

    /**
     * Runs the study (finishing only what is missing), writes its tables, figures and report, and prints progress
     * and the headline figures to {@code out}.
     *
     * @param context where to print, thread count, --force and the catalogue
     * @return the report file
     * @throws IOException when the output cannot be written
     */
    Path run(StudyContext context) throws IOException;
}
