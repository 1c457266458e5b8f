package org.tradeworkbench.ui.main;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.script.ScriptSession;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.DataCommands;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * Dropping the Census high-tech files (the synthetic fixtures in the API's exact schema) on the app with the
 * bundled sample open: the paper's lny and RATIO (and the ATP balance lny reads) become generated series of the
 * data in the same undoable edit as the import, logged as genr lines, so the saved log replays to the same data.
 */
class CensusDropCompletesThePaperDataTest {
    private static final Path ATP = Path.of("src/test/resources/fixtures/atp");
    private static final Path EXPORTS = ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json");
    private static final Path IMPORTS = ATP.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json");
    /** Fixture totals for 2015 (synthetic, see the fixtures' README), millions of US$. */
    private static final double EXPORTS_2015 = 66780;
    private static final double IMPORTS_2015 = 200340;

    private final WorkbenchModel model = new WorkbenchModel();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private MainViewModel main;

    @BeforeEach
    void start() {
        main = new MainViewModel(TestContexts.context(model, notifier), ImportBackend.standard(),
                ImportReviewer.acceptAll());
        main.loadSampleData();
        assertThat(model.dataset().has(PaperVariables.LNY.name())).isFalse();
        assertThat(model.dataset().has(PaperVariables.RATIO.name())).isFalse();
    }

    private double at(String series, int year) {
        Dataset d = model.dataset();
        return d.get(series).get(d.index().rowOf(Period.annual(year)).getAsInt());
    }

    private static String genr(PaperVariables.Variable v) {
        return DataCommands.genr(v.name(), v.expression()).toString();
    }

    private List<String> log() {
        return model.commandLog().entries().stream().map(CommandLine::toString).toList();
    }

    @Test
    void lnyAndRatioAreGeneratedSeriesOfTheDataInTheImportsUndoableEdit() {
        int logged = log().size();
        main.importFiles(List.of(EXPORTS, IMPORTS), ImportMode.ADD);
        assertThat(notifier.errors()).isEmpty();

        Dataset d = model.dataset();
        for (PaperVariables.Variable v : List.of(PaperVariables.LNY, PaperVariables.RATIO)) {
            Series s = d.get(v.name());
            assertThat(s.isGenerated()).as(v.name()).isTrue();
            assertThat(s.expression()).as(v.name()).isEqualTo(v.expression());
        }
        assertThat(d.get(PaperVariables.ATP_BALANCE_CHINA).expression())
                .isEqualTo(PaperVariables.ATP_EXPORTS_CHINA + " - " + PaperVariables.ATP_IMPORTS_CHINA);
        // lny = ln of the deficit in units of 100 million US$; RATIO = exports to China / to the world.
        assertThat(at("lny", 2015)).isCloseTo(Math.log((IMPORTS_2015 - EXPORTS_2015) / 100), within(1e-12));
        assertThat(at("RATIO", 2015)).isCloseTo(EXPORTS_2015 / at(PaperVariables.ATP_EXPORTS_WORLD, 2015),
                within(1e-15));
        assertThat(at("lny", 2014)).isNaN();
        assertThat(model.lastMessageProperty().get()).contains("generated lny, RATIO and");

        // The files and the series they made possible: one edit, logged in an order a script can replay.
        List<String> added = log().subList(logged, log().size());
        assertThat(added.get(0)).startsWith("append ").endsWith(EXPORTS.getFileName().toString());
        assertThat(added.get(1)).startsWith("append ").endsWith(IMPORTS.getFileName().toString());
        assertThat(added.subList(2, added.size())).allMatch(l -> l.startsWith("genr "))
                .contains(genr(PaperVariables.LNY), genr(PaperVariables.RATIO));
        assertThat(added.indexOf(DataCommands.genr(PaperVariables.ATP_BALANCE_CHINA, PaperVariables.ATP_EXPORTS_CHINA
                + " - " + PaperVariables.ATP_IMPORTS_CHINA).toString())).isBetween(2, added.indexOf(genr(PaperVariables.LNY)));
        assertThat(model.undoManager().undoSize()).isEqualTo(1);

        model.undo();
        assertThat(model.dataset().seriesNames()).doesNotContain("lny", "RATIO", PaperVariables.ATP_BALANCE_CHINA,
                PaperVariables.ATP_EXPORTS_CHINA);
        assertThat(log().get(log().size() - 1)).isEqualTo("undo " + (added.size()));
        model.redo();
        assertThat(model.dataset()).isSameAs(d);
    }

    @Test
    void eachFileAddsWhatItAllowsAndLaterDataRefreshTheSeries(@TempDir Path dir) throws Exception {
        // Exports alone give RATIO (the world total is in the sample), not lny (no imports, so no balance).
        main.importFiles(List.of(EXPORTS), ImportMode.ADD);
        assertThat(model.dataset().get("RATIO").isGenerated()).isTrue();
        assertThat(model.dataset().has("lny")).isFalse();
        main.importFiles(List.of(IMPORTS), ImportMode.ADD);
        assertThat(model.dataset().get("lny").isGenerated()).isTrue();
        assertThat(log().stream().filter(l -> l.startsWith("genr RATIO ")).count()).isEqualTo(1);

        // More data for 2017 (a file of the user's): RATIO and lny follow, with no new definitions.
        Path more = Files.writeString(dir.resolve("atp2017.csv"), "year,us_china_atp_exports_musd,"
                + "us_china_atp_imports_musd\n2017,70000,210000\n");
        int logged = log().size();
        main.importFiles(List.of(more), ImportMode.ADD);
        assertThat(at("RATIO", 2017)).isCloseTo(70000 / at(PaperVariables.ATP_EXPORTS_WORLD, 2017), within(1e-15));
        assertThat(at("lny", 2017)).isCloseTo(Math.log(1400), within(1e-12));
        assertThat(log().subList(logged, log().size())).singleElement().asString().startsWith("append ");

        assertThat(replayed()).satisfies(this::sameAsTheApp);
    }

    @Test
    void theSavedLogReplaysToTheSameData() {
        main.importFiles(List.of(EXPORTS, IMPORTS), ImportMode.ADD);
        model.addGenerated("dlny = d(lny)");
        sameAsTheApp(replayed());
        model.undo();
        model.undo();
        sameAsTheApp(replayed());
    }

    @Test
    void aLnyOfTheUsersDataIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("own.csv"), "year,lny\n2015,7\n2016,7.5\n");
        main.importFiles(List.of(own), ImportMode.ADD);
        main.importFiles(List.of(EXPORTS, IMPORTS), ImportMode.ADD);
        assertThat(model.dataset().get("lny").isGenerated()).isFalse();
        assertThat(at("lny", 2015)).isEqualTo(7);
        assertThat(model.dataset().get("RATIO").isGenerated()).isTrue();
        assertThat(log()).noneMatch(l -> l.startsWith("genr lny "));
    }

    /** The command log run line by line in one script session, as {@code run-script} replays a saved log. */
    private Dataset replayed() {
        ScriptSession session = new ScriptSession();
        for (CommandLine c : model.commandLog().entries()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Cli.run(c.toArray(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), session);
            assertThat(status).as(c + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
        }
        assertThat(session.sample()).isEqualTo(model.sampleRange());
        return session.data();
    }

    private void sameAsTheApp(Dataset replayed) {
        Dataset app = model.dataset();
        assertThat(replayed.index()).isEqualTo(app.index());
        assertThat(replayed.seriesNames()).containsExactlyInAnyOrderElementsOf(app.seriesNames());
        for (Series s : app.series()) {
            Series r = replayed.get(s.name());
            assertThat(r.expression()).as(s.name()).isEqualTo(s.expression());
            assertThat(r.values()).as(s.name()).containsExactly(s.values());
        }
    }
}
