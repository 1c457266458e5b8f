package org.tradeworkbench.core.commandlog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tradeworkbench.core.workbench.AtomicFiles;

/**
 * The commands the user's actions amount to, in order, like gretl's command log or a Stata do-file: every GUI
 * action that changes data or runs a test appends the command-line call that does the same headless. Saved as a
 * {@link CommandScript}, it replays with {@code run-script}. Thread-safe; listeners are told after each change
 * (on the thread that made it).
 */
public final class CommandLog {
    private final List<CommandLine> entries = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void append(CommandLine line) {
        synchronized (entries) {
            entries.add(line);
        }
        fire();
    }

    /** Replaces the whole log (e.g. when a workbench file is opened). */
    public void setAll(List<CommandLine> lines) {
        synchronized (entries) {
            entries.clear();
            entries.addAll(lines);
        }
        fire();
    }

    public void clear() {
        setAll(List.of());
    }

    public List<CommandLine> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** The log as script text, with a header saying how to replay it. */
    public String toScript() {
        return CommandScript.format(entries(), List.of(
                "Trade Workbench command script: one command per line, as typed after the program name.",
                "Replay it headless with: trade-workbench run-script FILE",
                "(relative file names are resolved from the folder the replay is started in)"));
    }

    /** Writes the script atomically (see {@link AtomicFiles#write}). */
    public void save(Path file) {
        AtomicFiles.write(file, toScript().getBytes(StandardCharsets.UTF_8));
    }
}
