package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.tradeworkbench.core.workbench.OutputPolicy;
import java.util.Set;
import org.tradeworkbench.core.commandlog.CommandScript;
import org.tradeworkbench.core.script.ScriptInterpreter;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * {@code run-script FILE}: replays a command script (as saved from the Commands pane) headless, line by line
 * through {@link Cli#run}, printing each command's output after a {@code > command} line. Stops at the first
 * failing command and names its line, unless {@code --keep-going}. The script has state, like a gretl script or
 * a Stata do-file: {@code open}, {@code genr}, {@code smpl} and the other {@link ScriptDataCommands} set the data
 * and sample that later analysis lines without {@code --data} use ({@link ScriptSession}).
 */
final class RunScriptCommand implements Command {
    /** Scripts being replayed on this thread, to refuse a script that runs itself. */
    private static final ScriptInterpreter INTERPRETER = new CliInterpreter();
    private static final ThreadLocal<Deque<Path>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public String name() {
        return "run-script";
    }

    @Override
    public String usage() {
        return "run-script FILE [--keep-going] [--quiet] [--out-dir DIR | --allow-outside] [--overwrite]   replay a command script (one command per line, # comments;"
                + " open/append/genr/smpl/rename/delete/set/undo/redo set the data and sample that later lines use"
                + " when they give no --data; files the script writes stay inside the current folder or --out-dir and replace nothing without --overwrite)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("keep-going", "quiet", "allow-outside", "overwrite");
    }

    @Override
    public int run(Args args, PrintStream out) throws IOException {
        boolean keepGoing = args.flag("keep-going");
        boolean quiet = args.flag("quiet");
        boolean allowOutside = args.flag("allow-outside");
        boolean overwrite = args.flag("overwrite");
        java.nio.file.Path outDir = args.opt("out-dir").map(java.nio.file.Path::of).orElse(java.nio.file.Path.of(""));
        List<String> files = args.positional();
        args.checkAllUsed(1);
        if (files.isEmpty()) {
            throw new UsageException("run-script: give the script file, e.g. run-script analysis.tws");
        }
        Path file = Path.of(files.get(0));
        String scriptName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<CommandScript.Entry> entries = CommandScript.read(file);
        Path key = file.toAbsolutePath().normalize();
        Deque<Path> running = RUNNING.get();
        if (running.contains(key)) {
            throw new DataException(SourceLocation.file(scriptName), "the script runs itself (through run-script)");
        }
        running.push(key);
        try {
            // A script may write only inside the replay's folder (or --out-dir) and replaces no file, unless
            // the person running it says so: a script from someone else cannot reach the rest of the disk.
            OutputPolicy outputs = new OutputPolicy(allowOutside ? null : outDir, overwrite);
            return replay(entries, scriptName, keepGoing, quiet, out, outputs);
        } finally {
            running.pop();
        }
    }

    private static int replay(List<CommandScript.Entry> entries, String scriptName, boolean keepGoing, boolean quiet,
                              PrintStream out, OutputPolicy outputs) {
        List<Integer> failedLines = new ArrayList<>();
        ScriptSession session = new ScriptSession();
        session.setOutputs(outputs);
        for (CommandScript.Entry e : entries) {
            if (!quiet) {
                out.println("> " + e.command());
            }
            ScriptInterpreter.Outcome outcome = INTERPRETER.execute(e.command(), session);
            out.print(outcome.output());
            int status = outcome.status();
            String message = outcome.error();
            if (status == 0) {
                if (!message.isEmpty()) {
                    System.err.println(message);
                }
                continue;
            }
            String problem = e.command().name() + ": " + (message.isEmpty() ? "exit status " + status : message);
            if (!keepGoing) {
                throw new DataException(SourceLocation.of(scriptName, e.line(), 0), problem);
            }
            System.err.println(scriptName + ", line " + e.line() + ": " + problem);
            failedLines.add(e.line());
        }
        if (!failedLines.isEmpty()) {
            throw new DataException(SourceLocation.file(scriptName), failedLines.size() + " of " + entries.size()
                    + " commands failed (lines " + failedLines.toString().replaceAll("[\\[\\]]", "") + ")");
        }
        out.flush();
        return 0;
    }
}
