package org.tradeworkbench.ui.console;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.commandlog.CommandScript;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.script.LineCompletion;
import org.tradeworkbench.core.script.LineHistory;
import org.tradeworkbench.core.script.ScriptInterpreter;
import org.tradeworkbench.core.script.ScriptSession;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The command console: a line of the command-log language runs through the {@link ScriptInterpreter} (the one
 * {@code run-script} uses) on the workbench's data and sample as they stand, off the FX thread. What it prints
 * goes to the transcript; what it changes ({@code open}, {@code genr}, {@code smpl}, ...) becomes the workbench's
 * data and sample, which the tabs follow; the line goes to the command log, so the log replays to the same
 * result. {@code undo} and {@code redo} undo and redo the workbench's own edits, as Edit ▸ Undo does. A failed
 * line changes nothing, is not logged, and says in the transcript which line failed and why.
 */
public final class ConsoleViewModel {
    /** Shown before the input line and before each line echoed in the transcript. */
    public static final String PROMPT = "> ";
    static final String WELCOME = "Command console: the command-line language on the workbench's data and sample."
            + " Type help for the commands, help COMMAND for one; Up and Down recall lines, Tab completes"
            + " command, option and series names and an option's values.\n";

    private final WorkbenchModel model;
    private final TaskRunner tasks;
    private final ScriptInterpreter interpreter;
    private final ScriptSession session = new ScriptSession();
    private final LineHistory history = new LineHistory();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObservableList<String> transcript = FXCollections.observableArrayList(WELCOME);
    /** One wrapper for all callers: a wrapper holds its listeners, and the list holds a wrapper only weakly. */
    private final ObservableList<String> transcriptView = FXCollections.unmodifiableObservableList(transcript);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper choices = new ReadOnlyStringWrapper(this, "choices", "");
    /** View ▸ Console: whether the console is on screen, docked or in its window. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    /** The user's setting itself, so the choice outlives the session and there is one copy of it. */
    private final BooleanProperty detached;
    private Cancellable job;
    private int lineNumber;

    /** {@code settings} remembers whether the console is docked or in its own window. */
    public ConsoleViewModel(WorkbenchModel model, TaskRunner tasks, ScriptInterpreter interpreter,
            AppSettings settings) {
        this.model = Objects.requireNonNull(model);
        this.tasks = Objects.requireNonNull(tasks);
        this.interpreter = Objects.requireNonNull(interpreter);
        this.detached = settings.consoleDetachedProperty();
    }

    /** Whether the console is shown (View ▸ Console, Ctrl+L); where, {@link #detachedProperty()} says. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Whether the console is in a window of its own rather than docked below the tabs; remembered in the user's
     * preferences, so View ▸ Console opens it where it was last. Moving it keeps the transcript, the history,
     * the line being typed and a running line: they are this view model's, wherever its view is.
     */
    public ReadOnlyBooleanProperty detachedProperty() {
        return detached;
    }

    /** Detach or Dock: puts the console in its own window or back below the tabs, and shows it there. */
    public void setDetached(boolean inOwnWindow) {
        detached.set(inOwnWindow);
        shown.set(true);
    }

    public void toggleDetached() {
        setDetached(!detached.get());
    }

    /**
     * Closing the console (its Close button, Ctrl+L, or closing its window) hides it and keeps where it was:
     * View ▸ Console shows it there again, with its transcript.
     */
    public void hide() {
        shown.set(false);
    }

    /** The line being typed. */
    public StringProperty inputProperty() {
        return input;
    }

    /** The transcript as blocks of text, each ending with a line break, oldest first (the view appends them). */
    public ObservableList<String> transcript() {
        return transcriptView;
    }

    public String transcriptText() {
        return String.join("", transcript);
    }

    /** True while a line runs; another line waits until it is done (or cancelled). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The names Tab could complete to when there are several, or why it could not complete; else empty. */
    public ReadOnlyStringProperty choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The lines run so far, oldest first. */
    public List<String> history() {
        return history.lines();
    }

    /** Runs the input line (Enter). Nothing happens while another line still runs. */
    public void run() {
        if (running.get()) {
            return;
        }
        String text = input.get() == null ? "" : input.get().strip();
        if (text.isEmpty()) {
            return;
        }
        input.set("");
        choices.set("");
        history.add(text);
        int n = ++lineNumber;
        transcript.add(PROMPT + text + "\n");
        CommandLine line;
        try {
            List<CommandScript.Entry> entries = CommandScript.parse(text, null);
            if (entries.isEmpty()) {
                // Only a # comment.
                return;
            }
            line = entries.get(0).command();
        } catch (DataException e) {
            failed(n, "the line", e.getMessage());
            return;
        }
        List<String> rest = line.words().subList(1, line.words().size());
        if ((rest.contains("--help") || rest.contains("-h")) && interpreter.commandNames().contains(line.name())) {
            // As on the command line, COMMAND --help describes the command (a script line would take it as an option).
            line = CommandLine.of("help", line.name());
        }
        if (line.name().equals("undo") || line.name().equals("redo")) {
            undoOrRedo(n, line);
            return;
        }
        Dataset before = model.dataset();
        SampleRange sampleBefore = model.sampleRange();
        session.follow(before, sampleBefore);
        running.set(true);
        CommandLine command = line;
        job = tasks.run("Console: " + command.name(), progress -> interpreter.execute(command, session),
                outcome -> finished(n, command, before, sampleBefore, outcome),
                failure -> {
                    running.set(false);
                    failed(n, command.name(), Notifier.describe(failure));
                },
                () -> {
                    running.set(false);
                    transcript.add("Cancelled line " + n + " (" + command.name() + "): nothing changed.\n");
                });
    }

    /** Stops the running line; what it would have printed or changed is dropped. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
        }
    }

    private void finished(int n, CommandLine line, Dataset before, SampleRange sampleBefore,
            ScriptInterpreter.Outcome outcome) {
        running.set(false);
        if (!outcome.output().isEmpty()) {
            transcript.add(outcome.output().endsWith("\n") ? outcome.output() : outcome.output() + "\n");
        }
        if (!outcome.succeeded()) {
            failed(n, line.name(), outcome.error().isEmpty() ? "exit status " + outcome.status() : outcome.error());
            return;
        }
        if (!outcome.error().isEmpty()) {
            transcript.add("Note: " + outcome.error() + "\n");
        }
        if (model.dataset() != before || !model.sampleRange().equals(sampleBefore)) {
            failed(n, line.name(), "the data or the sample changed in the window while the line ran, so what it"
                    + " printed is of the data before and it was neither applied nor logged; run it again");
            return;
        }
        Dataset after = session.hasData() ? session.data() : before;
        SampleRange sample = session.hasData() ? session.sample() : sampleBefore;
        try {
            model.applyCommand("Console: " + line, after, sample, line);
            if (after == before) {
                // The status bar no longer shows an earlier line's failure.
                model.showMessage("Console line " + n + " (" + line.name() + ") done", false);
            }
        } catch (DataException e) {
            failed(n, line.name(), e.getMessage());
        }
    }

    private void undoOrRedo(int n, CommandLine line) {
        boolean undo = line.name().equals("undo");
        int count;
        List<String> words = line.words();
        try {
            if (words.size() > 2) {
                throw new NumberFormatException();
            }
            count = words.size() == 1 ? 1 : Integer.parseInt(words.get(1));
            if (count < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            failed(n, line.name(), "give the number of edits, a whole number of at least 1 (e.g. "
                    + line.name() + " 2), or nothing for one");
            return;
        }
        for (int i = 0; i < count; i++) {
            String name = undo ? model.undo() : model.redo();
            if (name == null) {
                failed(n, line.name(), "nothing " + (i == 0 ? "" : "more ") + "to " + line.name()
                        + (i == 0 ? "" : " after " + i));
                return;
            }
            transcript.add((undo ? "Undid: " : "Redid: ") + name + "\n");
        }
    }

    private void failed(int n, String what, String message) {
        // The command line's messages start with the command's name, which the line's name already gives.
        if (message.startsWith(what + ": ")) {
            message = message.substring(what.length() + 2);
        }
        transcript.add("Error in line " + n + " (" + what + "): " + message + "\n");
        model.showMessage("Console line " + n + " failed: " + message, true);
    }

    /** Up: the line before the one shown. */
    public void previous() {
        input.set(history.previous());
    }

    /** Down: the line after the one shown, or an empty line past the newest. */
    public void next() {
        input.set(history.next());
    }

    /**
     * Tab: completes the last word: a command name first (and after {@code help}); after {@code --} an option of
     * the line's command, from the same definitions as {@code COMMAND --help}; after an option with fixed values
     * ({@code --trend}, {@code --autolag}) one of them; else a series name of the workbench's data. When several
     * fit, completes their common start and lists them; when none does, says so.
     */
    public void complete() {
        String line = input.get() == null ? "" : input.get();
        LineCompletion.Completion c = LineCompletion.complete(line, interpreter.commandNames(),
                model.dataset().seriesNames(), interpreter::options);
        input.set(c.line());
        choices.set(c.problem().isEmpty() ? String.join("   ", c.choices()) : c.problem());
    }

    /** Empties the transcript (the history and the command log stay). */
    public void clearTranscript() {
        transcript.clear();
    }
}
