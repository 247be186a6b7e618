package org.bomoco;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the dependency rules of STYLE.md: data flows one way, datasets → model → problem → algorithms → run store →
 * indicators/stats → plots/reports, no two packages import each other (directly or round a loop), only the adapters
 * import the optimisation libraries, only {@code plot} draws with XChart and only {@code cli} parses with picocli.
 */
class ArchitectureTest {
    /** Every project package except {@code model} (and {@code indicators}, {@code stats}, which stand alone). */
    private static final String[] ABOVE_MODEL = {
        "org.bomoco.data..", "org.bomoco.problem..", "org.bomoco.recommend..", "org.bomoco.algorithms..",
        "org.bomoco.experiment..", "org.bomoco.results..", "org.bomoco.plot..", "org.bomoco.report..", "org.bomoco.study..",
        "org.bomoco.cli..", "org.bomoco.web.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bomoco");
    }

    private static String[] aboveModelExcept(String own) {
        return java.util.Arrays.stream(ABOVE_MODEL).filter(p -> !p.equals(own)).toArray(String[]::new);
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void modelImportsNothingOfTheProject() {
        check(noClasses().that().resideInAPackage("org.bomoco.model..")
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODEL));
    }

    @Test
    void dataImportsOnlyModel() {
        check(noClasses().that().resideInAPackage("org.bomoco.data..")
                .should().dependOnClassesThat().resideInAnyPackage(aboveModelExcept("org.bomoco.data..")));
    }

    @Test
    void problemImportsOnlyModel() {
        check(noClasses().that().resideInAPackage("org.bomoco.problem..")
                .should().dependOnClassesThat().resideInAnyPackage(aboveModelExcept("org.bomoco.problem..")));
    }

    @Test
    void indicatorsStatsAndCausalImportNothingOfTheProject() {
        check(noClasses().that().resideInAnyPackage("org.bomoco.indicators..", "org.bomoco.stats..",
                        "org.bomoco.causal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.bomoco.model..", "org.bomoco.data..", "org.bomoco.problem..", "org.bomoco.recommend..",
                        "org.bomoco.algorithms..", "org.bomoco.experiment..", "org.bomoco.results..", "org.bomoco.plot..",
                        "org.bomoco.report..", "org.bomoco.study..", "org.bomoco.cli..", "org.bomoco.web.."));
    }

    /** The shared non-dominated filter sits below both its users (the front rule and the indicators). */
    @Test
    void paretoImportsNothingOfTheProject() {
        check(noClasses().that().resideInAPackage("org.bomoco.pareto..")
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODEL));
        check(noClasses().that().resideInAPackage("org.bomoco.pareto..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bomoco.model..", "org.bomoco.indicators..",
                        "org.bomoco.stats..", "org.bomoco.causal.."));
    }

    @Test
    void resultsModelSitsBelowReportsAndStudies() {
        check(noClasses().that().resideInAPackage("org.bomoco.results..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bomoco.plot..", "org.bomoco.report..",
                        "org.bomoco.study..", "org.bomoco.cli.."));
    }

    @Test
    void onlyTheAdaptersImportTheOptimisationLibraries() {
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.algorithms.moea..")
                .should().dependOnClassesThat().resideInAPackage("org.moeaframework.."));
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.algorithms.jmetal..")
                .should().dependOnClassesThat().resideInAPackage("org.uma.jmetal.."));
    }

    @Test
    void onlyTheSparkEngineImportsSparkAndScala() {
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala.."));
    }

    @Test
    void nobodyImportsTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.bomoco.cli.."));
    }

    @Test
    void onlyTheCommandLineImportsTheWebApp() {
        check(noClasses().that().resideOutsideOfPackages("org.bomoco.web..", "org.bomoco.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.bomoco.web.."));
    }

    @Test
    void apiImportsOnlyTheLayersBelowIt() {
        check(noClasses().that().resideInAPackage("org.bomoco.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bomoco.experiment..", "org.bomoco.plot..",
                        "org.bomoco.report..", "org.bomoco.study..", "org.bomoco.causal..",
                        "org.bomoco.cli..", "org.bomoco.algorithms.moea..", "org.bomoco.algorithms.jmetal.."));
    }

    /** The facade sits on top of the solving layers: none of them, nor the run store and its reports, may use it. */
    @Test
    void onlyTheCommandLineAndTheStudiesImportTheApi() {
        check(noClasses().that().resideOutsideOfPackages("org.bomoco.api..", "org.bomoco.cli..",
                        "org.bomoco.study..")
                .should().dependOnClassesThat().resideInAPackage("org.bomoco.api.."));
    }

    @Test
    void onlyPlotDrawsWithXChart() {
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.plot..")
                .should().dependOnClassesThat().resideInAnyPackage("org.knowm.xchart..",
                        "de.erichseifert.vectorgraphics2d.."));
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        check(noClasses().that().resideOutsideOfPackage("org.bomoco.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    /** Top-level packages (a package with its subpackages) form no cycle, so the layering above has an order. */
    @Test
    void noPackageCycles() {
        slices().matching("org.bomoco.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Nor do single packages: {@code algorithms} and its adapters, for instance, import one way only. */
    @Test
    void noCyclesBetweenSubpackages() {
        slices().matching("org.bomoco.(**)").should().beFreeOfCycles().check(classes);
    }
}
