package org.tradeworkbench.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled main classes: {@code core} (no JavaFX) &lt;-
 * {@code render} (figures and table images drawn headless, no controls) &lt;- {@code ui} &lt;- the shell
 * ({@code ui.main}); {@code cli} on {@code core} and {@code render}. Inside {@code ui}, a feature package (a tab or
 * dialog) imports no other feature; what several need is in a shared package, which imports no feature. No package
 * cycles anywhere.
 */
class LayersTest {
    static final String ROOT = "org.tradeworkbench";
    /** The ui packages every feature may use; they import no feature and not the shell. */
    static final String[] SHARED_UI = {"org.tradeworkbench.ui", "org.tradeworkbench.ui.charts..",
        "org.tradeworkbench.ui.export..", "org.tradeworkbench.ui.results..", "org.tradeworkbench.ui.settings..",
        "org.tradeworkbench.ui.status..", "org.tradeworkbench.ui.task..", "org.tradeworkbench.ui.workbench.."};
    /** The app shell: builds the window from every feature's tab. */
    static final String SHELL = "org.tradeworkbench.ui.main..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** A ui class outside the shared packages and the shell: one of a feature's. */
    static final DescribedPredicate<JavaClass> FEATURE = DescribedPredicate.describe("a ui feature package",
            c -> c.getPackageName().startsWith("org.tradeworkbench.ui.")
                    && !resideInAnyPackage(SHARED_UI).test(c) && !resideInAPackage(SHELL).test(c));

    @Test
    void coreUsesNoJavaFxAndNoOuterLayer() {
        check(noClasses().that().resideInAPackage("org.tradeworkbench.core..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.tradeworkbench.render..", "org.tradeworkbench.ui..",
                        "org.tradeworkbench.cli..")
                .because("core is the toolkit-free engine every surface shares"));
    }

    @Test
    void renderUsesNoControlsAndNoUiOrCli() {
        check(noClasses().that().resideInAPackage("org.tradeworkbench.render..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene.control..", "org.tradeworkbench.ui..", "org.tradeworkbench.cli..")
                .because("render draws figures and tables headless, for the app and the command line alike"));
    }

    @Test
    void uiUsesNoCli() {
        check(noClasses().that().resideInAPackage("org.tradeworkbench.ui..").should().dependOnClassesThat()
                .resideInAPackage("org.tradeworkbench.cli.."));
    }

    @Test
    void cliUsesOnlyCoreAndRender() {
        check(noClasses().that().resideInAPackage("org.tradeworkbench.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("org.tradeworkbench.ui..", "javafx.scene.control..")
                .because("the command line runs on core and render only"));
    }

    @Test
    void uiFeaturesDoNotImportEachOther() {
        check(slices().matching("org.tradeworkbench.ui.(*)..").namingSlices("ui.$1").should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(SHELL), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_UI))
                .because("a feature's shared pieces belong in a shared package (" + Arrays.toString(SHARED_UI)
                        + "); only the shell ui.main puts the features together"));
    }

    @Test
    void sharedUiPackagesImportNoFeatureAndNotTheShell() {
        check(noClasses().that().resideInAnyPackage(SHARED_UI).should().dependOnClassesThat(FEATURE)
                .orShould().dependOnClassesThat().resideInAPackage(SHELL));
    }

    /**
     * No cycles between any two packages. Three edges inside core are not counted yet, each the one edge that
     * closes a cycle of long standing: the command log saving through the workbench's atomic file writer
     * (commandlog &lt;-&gt; workbench), the importer choosing the Census ATP reader in its subpackage (io &lt;-&gt;
     * io.atp), and the ATP reader naming its columns after the paper's variables (io.atp &lt;-&gt; paper). Any
     * other edge closing a cycle fails.
     */
    @Test
    void noPackageCycles() {
        check(slices().matching("org.tradeworkbench.(**)").namingSlices("$1").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.tradeworkbench.core.commandlog"),
                        resideInAPackage("org.tradeworkbench.core.workbench").and(nameIs("AtomicFiles")))
                .ignoreDependency(nameIs("DataImporter").and(resideInAPackage("org.tradeworkbench.core.io")),
                        resideInAPackage("org.tradeworkbench.core.io.atp"))
                .ignoreDependency(resideInAPackage("org.tradeworkbench.core.io.atp"),
                        resideInAPackage("org.tradeworkbench.core.paper").and(nameIs("PaperVariables")
                                .or(nameIs("PaperVariables$Flow")))));
    }

    private static DescribedPredicate<JavaClass> nameIs(String simpleBinaryName) {
        return DescribedPredicate.describe(simpleBinaryName, c -> c.getName().endsWith("." + simpleBinaryName));
    }

    @Test
    void noMainClassIsNamedLikeATest() {
        check(noClasses().should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
                .because("a class named ...Test is a JUnit test; a statistical test's result is a ...Result"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
