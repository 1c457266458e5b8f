package org.tradeworkbench.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.cli.CliInterpreter;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandScript;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.script.CommandOption;
import org.tradeworkbench.core.script.ScriptSession;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.TaskHandle;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.ui.main.MainViewModel;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The console's view model on the workbench as the app starts it (the bundled sample with the paper's variables),
 * with the command line's own interpreter: lines print what the command line prints, change the data and sample
 * the tabs see, are logged so the log replays to the same output, and fail with a message naming the line.
 */
class ConsoleViewModelTest {
    @TempDir
    Path dir;

    private WorkbenchModel model;
    private SameThreadTaskRunner tasks;
    private ConsoleViewModel console;
    private AppSettings settings;

    @BeforeEach
    void startLikeTheApp() {
        model = new WorkbenchModel();
        var ctx = TestContexts.context(model, new RecordingNotifier());
        settings = ctx.settings();
        new MainViewModel(ctx, ImportBackend.standard(), ImportReviewer.acceptAll()).loadSampleData();
        tasks = new SameThreadTaskRunner();
        console = new ConsoleViewModel(model, tasks, new CliInterpreter(), settings);
    }

    /** Types the line and presses Enter; returns what the transcript gained after the echoed line. */
    private String type(String line) {
        int before = console.transcript().size();
        console.inputProperty().set(line);
        console.run();
        List<String> added = console.transcript().subList(before, console.transcript().size());
        assertThat(added.get(0)).isEqualTo(ConsoleViewModel.PROMPT + line.strip() + "\n");
        return String.join("", added.subList(1, added.size()));
    }

    /** What the command line prints for the line in a script session on the workbench's data and sample. */
    private String cliPrints(String line) {
        ScriptSession s = new ScriptSession();
        s.follow(model.dataset(), model.sampleRange());
        return new CliInterpreter().execute(CommandScript.parse(line, null).get(0).command(), s).output();
    }

    private List<String> logged() {
        return model.commandLog().entries().stream().map(CommandLine::toString).toList();
    }

    @Test
    void anAnalysisPrintsTheCommandLinesTableOffTheFxThreadAndIsLogged() {
        String expected = cliPrints("adf --column PATENT");
        String shown = type("adf --column PATENT");
        assertThat(shown).isEqualTo(expected).contains("Augmented Dickey-Fuller test: PATENT", "ADF statistic");
        assertThat(tasks.titles()).containsExactly("Console: adf");
        assertThat(logged()).last().isEqualTo("adf --column PATENT");
        assertThat(console.runningProperty().get()).isFalse();
    }

    @Test
    void genrAndSmplChangeWhatTheTabsSeeAsOneUndoableEdit() {
        int edits = model.undoManager().undoSize();
        type("genr gx = 100*d(PATENT)");
        assertThat(model.dataset().has("gx")).isTrue();
        assertThat(model.dataset().get("gx").expression()).isEqualTo("100*d(PATENT)");
        assertThat(model.selectedVariables()).contains("gx");
        assertThat(model.undoManager().undoSize()).isEqualTo(edits + 1);
        assertThat(logged()).last().isEqualTo("genr gx = \"100*d(PATENT)\"");

        type("smpl --from 2006 --to 2016");
        assertThat(model.sampleRange().from()).isEqualTo(Period.parse("2006").orElseThrow());
        assertThat(model.sampleDataset().rowCount()).isEqualTo(11);
        assertThat(logged()).last().isEqualTo("smpl --from 2006 --to 2016");

        String shown = type("undo");
        assertThat(shown).startsWith("Undid: Console: genr");
        assertThat(model.dataset().has("gx")).isFalse();
        assertThat(logged()).last().isEqualTo("undo 1");
        type("redo");
        assertThat(model.dataset().has("gx")).isTrue();
    }

    @Test
    void openReplacesTheWorkbenchsDataAndKeepsTheSampleAsAScriptDoes() throws Exception {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, "year,a,b\n2001,1,5\n2002,2,3\n2003,4,4\n2004,3,8\n2005,5,6\n2006,8,9\n");
        type("smpl --from 2002 --to 2005");
        String shown = type("open " + csv);
        assertThat(shown).startsWith("open: 2 series, 6 rows 2001..2006");
        assertThat(model.dataset().seriesNames()).containsExactly("a", "b");
        assertThat(model.sampleRange().from().toString()).isEqualTo("2002");
        assertThat(model.sampleRange().to().toString()).isEqualTo("2005");
        assertThat(model.selectedVariables()).containsExactly("a");
    }

    @Test
    void whatTheUserDoesInTheWindowIsWhatTheConsoleSees() {
        model.addGenerated("made_in_gui = 2*PATENT");
        model.setSample(Period.parse("2008").orElseThrow(), null);
        String shown = type("adf --column made_in_gui");
        assertThat(shown).isEqualTo(cliPrints("adf --column made_in_gui")).contains("made_in_gui").doesNotContain("Error");
        assertThat(console.transcriptText()).doesNotContain("Error");
        console.inputProperty().set("adf --column made");
        console.complete();
        assertThat(console.inputProperty().get()).isEqualTo("adf --column made_in_gui ");
    }

    @Test
    void anErrorNamesTheLineAndTheCommandChangesNothingAndIsNotLogged() {
        int logSize = model.commandLog().size();
        var data = model.dataset();
        String shown = type("adf --column nope");
        assertThat(shown).startsWith("Error in line 1 (adf): ").contains("unknown series \"nope\"");
        shown = type("genr bad = log(");
        assertThat(shown).startsWith("Error in line 2 (genr): ");
        shown = type("adf --column \"PATENT");
        assertThat(shown).startsWith("Error in line 3 (the line): ").contains("never closed");
        shown = type("frobnicate");
        assertThat(shown).startsWith("Error in line 4 (frobnicate): unknown command");
        shown = type("redo 2");
        assertThat(shown).startsWith("Error in line 5 (redo): nothing to redo");
        shown = type("undo two");
        assertThat(shown).startsWith("Error in line 6 (undo): give the number of edits");
        assertThat(model.dataset()).isSameAs(data);
        assertThat(model.commandLog().size()).isEqualTo(logSize);
        assertThat(model.lastMessageErrorProperty().get()).isTrue();
        assertThat(model.lastMessageProperty().get()).startsWith("Console line 6 failed");
        assertThat(console.history()).hasSize(6);
        type("help adf");
        assertThat(model.lastMessageErrorProperty().get()).as("a line that ran clears the failure").isFalse();
        assertThat(model.lastMessageProperty().get()).isEqualTo("Console line 7 (help) done");
    }

    @Test
    void commandDashDashHelpDescribesTheCommandAsOnTheCommandLine() {
        String shown = type("adf --help");
        assertThat(shown).isEqualTo(cliPrints("help adf")).contains("--column");
        assertThat(logged()).last().isEqualTo("help adf");
    }

    @Test
    void upAndDownWalkTheLinesTyped() {
        type("help adf");
        type("adf --column PATENT");
        console.previous();
        assertThat(console.inputProperty().get()).isEqualTo("adf --column PATENT");
        console.previous();
        assertThat(console.inputProperty().get()).isEqualTo("help adf");
        console.next();
        console.next();
        assertThat(console.inputProperty().get()).isEmpty();
    }

    @Test
    void tabCompletesCommandsAndSeriesAndListsTheChoices() {
        console.inputProperty().set("joh");
        console.complete();
        assertThat(console.inputProperty().get()).isEqualTo("johansen ");
        assertThat(console.choicesProperty().get()).isEmpty();

        console.inputProperty().set("a");
        console.complete();
        assertThat(console.choicesProperty().get()).contains("adf", "append", "ardl");

        console.inputProperty().set("adf --column us_goods_");
        console.complete();
        assertThat(console.inputProperty().get()).isEqualTo("adf --column us_goods_");
        assertThat(console.choicesProperty().get().split(" +")).containsExactly("us_goods_exports_china_musd",
                "us_goods_imports_china_musd", "us_goods_exports_world_musd", "us_goods_imports_world_musd");

        console.inputProperty().set("adf --column zz");
        console.complete();
        assertThat(console.choicesProperty().get()).isEqualTo("No series starts with \"zz\".");
        type("genr zz_new = PATENT");
        console.inputProperty().set("adf --column zz");
        console.complete();
        assertThat(console.inputProperty().get()).isEqualTo("adf --column zz_new ");
    }

    /** Types {@code line}, presses Tab, and returns the line as Tab left it. */
    private String tab(String line) {
        console.inputProperty().set(line);
        console.complete();
        return console.inputProperty().get();
    }

    @Test
    void tabCompletesAnOptionNameFromTheCommandsOwnDefinition() {
        assertThat(tab("adf --au")).isEqualTo("adf --autolag ");
        assertThat(console.choicesProperty().get()).isEmpty();
        assertThat(tab("adf --column PATENT --tr")).isEqualTo("adf --column PATENT --trend ");
        assertThat(tab("ols --y PATENT --hac")).isEqualTo("ols --y PATENT --hac-");
        assertThat(console.choicesProperty().get().split(" {3}")).containsExactly("--hac-lags L",
                "--hac-bandwidth fixed|nw|andrews", "--hac-adjust");
        assertThat(tab("ols --y PATENT --co")).isEqualTo("ols --y PATENT --cov ");
    }

    @Test
    void dashDashListsTheCommandsOptionsAsItsHelpDoes() {
        assertThat(tab("adf --")).isEqualTo("adf --");
        List<String> listed = List.of(console.choicesProperty().get().split(" {3}"));
        String help = cliPrints("help adf");
        List<String> helpOptions = help.lines().filter(l -> l.startsWith("  --"))
                .map(l -> l.strip().replace("   (a flag, no value)", "")).toList();
        assertThat(listed).as("the options help adf lists, in its order").isEqualTo(helpOptions)
                .contains("--column EXPR", "--trend n|c|ct", "--autolag aic|bic|tstat", "--json");
        // An option already on the line is not offered again.
        tab("adf --column PATENT --");
        assertThat(console.choicesProperty().get()).doesNotContain("--column").contains("--trend n|c|ct");
    }

    @Test
    void afterAnOptionWithFixedValuesTabCompletesTheValues() {
        assertThat(tab("adf --column PATENT --autolag ")).isEqualTo("adf --column PATENT --autolag ");
        assertThat(console.choicesProperty().get().split(" {3}")).containsExactly("aic", "bic", "tstat");
        assertThat(tab("adf --column PATENT --autolag b")).isEqualTo("adf --column PATENT --autolag bic ");
        assertThat(tab("adf --trend c")).isEqualTo("adf --trend c");
        assertThat(console.choicesProperty().get().split(" {3}")).containsExactly("c", "ct");
        assertThat(tab("adf --trend x")).isEqualTo("adf --trend x");
        assertThat(console.choicesProperty().get()).isEqualTo("No value of --trend starts with \"x\" (it takes n|c|ct).");
        assertThat(tab("ols --y PATENT --cov hc")).isEqualTo("ols --y PATENT --cov hc");
        assertThat(console.choicesProperty().get()).isEqualTo("hc0   hc1   hc2   hc3");
        // A value that ends in a free one (kpss --lags auto|legacy|K): the fixed ones complete.
        assertThat(tab("kpss --lags le")).isEqualTo("kpss --lags legacy ");
        // A completed value runs: the line Tab built is one the command takes.
        assertThat(type(tab("adf --column PATENT --autolag a"))).contains("Augmented Dickey-Fuller test: PATENT")
                .doesNotContain("Error");
    }

    @Test
    void seriesStillCompleteAfterAnOptionWithAFreeValue() {
        assertThat(tab("adf --column cn_patent_apps_r")).isEqualTo("adf --column cn_patent_apps_resident ");
        assertThat(tab("adf --trend ct --column PAT")).isEqualTo("adf --trend ct --column PATENT ");
        assertThat(tab("ols --y PATENT --x FDI")).isEqualTo("ols --y PATENT --x FDIGDP");
        assertThat(console.choicesProperty().get()).contains("FDIGDP");
        assertThat(tab("help joh")).as("after help, a command name").isEqualTo("help johansen ");
    }

    @Test
    void optionsOfAnUnknownCommandOrAnUnknownOptionSayWhy() {
        assertThat(tab("frobnicate --")).isEqualTo("frobnicate --");
        assertThat(console.choicesProperty().get())
                .isEqualTo("No command \"frobnicate\", so no options to complete (help lists the commands).");
        assertThat(tab("adf --zz")).isEqualTo("adf --zz");
        assertThat(console.choicesProperty().get())
                .isEqualTo("No option of adf starts with \"--zz\". (adf --help lists them)");
    }

    @Test
    void theOptionsComeFromTheInterpreterServiceWithTheirValues() {
        CliInterpreter cli = new CliInterpreter();
        assertThat(cli.options("nope")).isEmpty();
        List<CommandOption> adf = cli.options("adf").orElseThrow();
        assertThat(adf).filteredOn(o -> o.name().equals("autolag")).singleElement()
                .satisfies(o -> assertThat(o.choices()).containsExactly("aic", "bic", "tstat"));
        assertThat(adf).filteredOn(o -> o.name().equals("column")).singleElement()
                .satisfies(o -> assertThat(o.choices()).isEmpty());
        assertThat(adf).filteredOn(CommandOption::flag).extracting(CommandOption::name)
                .containsExactlyInAnyOrder("find-diff", "kpss", "json");
        assertThat(cli.options("figure").orElseThrow()).filteredOn(o -> o.name().equals("id")).singleElement()
                .satisfies(o -> assertThat(o.choices()).containsExactly("1", "2", "3", "4", "general"));
        // Every command's options as its help lists them, so the help and the completion cannot disagree.
        for (String name : cli.commandNames()) {
            ScriptSession s = new ScriptSession();
            String help = cli.execute(CommandLine.of("help", name), s).output();
            List<String> helpOptions = help.lines().filter(l -> l.startsWith("  --"))
                    .map(l -> l.strip().replace("   (a flag, no value)", "")).toList();
            assertThat(cli.options(name).orElseThrow()).as(name).extracting(CommandOption::display)
                    .isEqualTo(helpOptions);
        }
    }

    @Test
    void detachAndDockMoveTheConsoleAndTheChoiceIsRemembered() {
        assertThat(console.detachedProperty().get()).as("docked below the tabs at first").isFalse();
        assertThat(console.shownProperty().get()).isFalse();
        type("adf --column PATENT");
        String transcript = console.transcriptText();
        console.inputProperty().set("adf --col");

        console.toggleDetached();
        assertThat(console.detachedProperty().get()).isTrue();
        assertThat(console.shownProperty().get()).as("Detach shows the console in its window").isTrue();
        assertThat(settings.store().consoleDetached()).as("written to the preferences").isTrue();
        assertThat(console.transcriptText()).isEqualTo(transcript);
        assertThat(console.history()).containsExactly("adf --column PATENT");
        assertThat(console.inputProperty().get()).isEqualTo("adf --col");

        console.hide();
        assertThat(console.shownProperty().get()).isFalse();
        assertThat(console.detachedProperty().get()).as("closing the window hides it; it stays detached").isTrue();
        // The next start (a new view model on the same preferences) opens it in its window.
        ConsoleViewModel next = new ConsoleViewModel(model, tasks, new CliInterpreter(),
                new AppSettings(settings.store()));
        assertThat(next.detachedProperty().get()).isTrue();

        console.shownProperty().set(true);
        console.setDetached(false);
        assertThat(console.detachedProperty().get()).isFalse();
        assertThat(console.shownProperty().get()).isTrue();
        assertThat(settings.store().consoleDetached()).isFalse();
        assertThat(new AppSettings(settings.store()).consoleDetachedProperty().get()).isFalse();
    }

    @Test
    void aLineRunningWhileTheConsoleMovesFinishesInTheSameTranscript() {
        HeldTaskRunner held = new HeldTaskRunner();
        ConsoleViewModel c = new ConsoleViewModel(model, held, new CliInterpreter(), settings);
        c.shownProperty().set(true);
        c.inputProperty().set("adf --column PATENT");
        c.run();
        assertThat(c.runningProperty().get()).isTrue();
        c.toggleDetached();
        assertThat(c.runningProperty().get()).as("still running in the detached window").isTrue();
        held.finishAll();
        assertThat(c.runningProperty().get()).isFalse();
        assertThat(c.transcriptText()).contains("> adf --column PATENT", "Augmented Dickey-Fuller test: PATENT");
        assertThat(logged()).last().isEqualTo("adf --column PATENT");
    }

    @Test
    void aRunningLineHoldsTheNextOneAndCancelDropsItsChanges() {
        HeldTaskRunner held = new HeldTaskRunner();
        ConsoleViewModel c = new ConsoleViewModel(model, held, new CliInterpreter(), TestContexts.settings());
        var data = model.dataset();
        c.inputProperty().set("genr held = PATENT");
        c.run();
        assertThat(c.runningProperty().get()).isTrue();
        c.inputProperty().set("adf --column PATENT");
        c.run();
        assertThat(c.inputProperty().get()).as("kept until the running line is done").isEqualTo("adf --column PATENT");
        assertThat(held.jobs).hasSize(1);
        c.cancel();
        held.finishAll();
        assertThat(c.runningProperty().get()).isFalse();
        assertThat(c.transcriptText()).contains("Cancelled line 1 (genr): nothing changed.");
        assertThat(model.dataset()).isSameAs(data);
        assertThat(logged()).doesNotContain("genr held = PATENT");
    }

    @Test
    void aLineWhoseDataChangedInTheWindowMeanwhileIsNeitherAppliedNorLogged() {
        HeldTaskRunner held = new HeldTaskRunner();
        ConsoleViewModel c = new ConsoleViewModel(model, held, new CliInterpreter(), TestContexts.settings());
        c.inputProperty().set("genr held = PATENT");
        c.run();
        model.addGenerated("meanwhile = PATENT + 1");
        held.finishAll();
        assertThat(c.transcriptText()).contains("Error in line 1 (genr): the data or the sample changed in the window");
        assertThat(model.dataset().has("held")).isFalse();
        assertThat(logged()).doesNotContain("genr held = PATENT");
    }

    /**
     * Lines typed at the console, with changes made in the window between them, then the command log saved and
     * replayed headless by {@code run-script}: every analysis line prints in the replay what it printed at the
     * console.
     */
    @Test
    void theLogOfTheTypedLinesReplaysHeadlessToTheSameOutput() throws Exception {
        List<String> typed = List.of("adf --column PATENT", "genr gx = 100*d(PATENT)", "smpl --from 2006 --to 2016",
                "adf --column gx", "ols --y PATENT --x FDIGDP,cn_hightech_exports_pct_manuf", "undo", "granger --effect PATENT --cause FDIGDP --lags 1",
                "smpl --full", "adf --column FDIGDP --trend ct");
        List<String> shown = new ArrayList<>();
        for (String line : typed) {
            shown.add(type(line));
            if (line.equals("undo")) {
                // A change in the window between two console lines is logged by the window, in its place.
                model.addGenerated("from_gui = FDIGDP*2");
            }
        }
        shown.add(type("adf --column from_gui"));
        assertThat(String.join("", shown)).doesNotContain("Error in line");

        Path script = dir.resolve("console.tws");
        model.commandLog().save(script);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"run-script", script.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> replayed = blocks(out.toString(StandardCharsets.UTF_8));

        // The log: the start-up's lines, then each console line once (undo as the edit count), the window's genr.
        List<CommandLine> log = model.commandLog().entries();
        List<String> analyses = new ArrayList<>();
        List<String> replayedAnalyses = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            String name = log.get(i).name();
            if (name.equals("adf") || name.equals("ols") || name.equals("granger")) {
                replayedAnalyses.add(replayed.get(i));
            }
        }
        for (int i = 0; i < typed.size(); i++) {
            String name = typed.get(i).split(" ")[0];
            if (name.equals("adf") || name.equals("ols") || name.equals("granger")) {
                analyses.add(shown.get(i));
            }
        }
        analyses.add(shown.get(shown.size() - 1));
        assertThat(analyses).hasSize(6);
        assertThat(replayedAnalyses).containsExactlyElementsOf(analyses);
        assertThat(logged()).containsSubsequence("adf --column PATENT", "genr gx = \"100*d(PATENT)\"",
                "smpl --from 2006 --to 2016", "adf --column gx", "ols --y PATENT --x FDIGDP,cn_hightech_exports_pct_manuf",
                "undo 1", "genr from_gui = \"FDIGDP*2\"", "granger --effect PATENT --cause FDIGDP --lags 1", "smpl --full",
                "adf --column FDIGDP --trend ct", "adf --column from_gui");
    }

    /** The replay's output cut at its "> command" lines: one block per command, in order. */
    private static List<String> blocks(String output) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String l : output.split("(?<=\n)")) {
            if (l.startsWith("> ")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(l);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Holds each job until {@link #finishAll}, so a test sees a line while it runs. */
    private static final class HeldTaskRunner implements TaskRunner {
        final List<Runnable> jobs = new ArrayList<>();

        @Override
        public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            return run(title, work, onSuccess, onFailure, () -> { });
        }

        @Override
        public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure, Runnable onCancelled) {
            TaskHandle handle = new TaskHandle(title);
            jobs.add(() -> {
                try {
                    T result = work.run(handle);
                    if (handle.finish()) {
                        onSuccess.accept(result);
                    } else {
                        onCancelled.run();
                    }
                } catch (Exception e) {
                    if (handle.finish()) {
                        onFailure.accept(e);
                    } else {
                        onCancelled.run();
                    }
                }
            });
            return handle;
        }

        void finishAll() {
            List<Runnable> due = List.copyOf(jobs);
            jobs.clear();
            due.forEach(Runnable::run);
        }
    }
}
