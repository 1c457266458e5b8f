package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;

/**
 * The headless front end. Exit status 0 on success; 2 with one line on stderr for bad usage or bad input.
 */
public final class Cli {
    private Cli() {
    }

    /** Every command, in the order {@code help} lists them. */
    static List<Command> commands() {
        List<Command> list = new ArrayList<>();
        list.addAll(CommandRegistry.all());
        return list;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /** Runs one line of a script: the command sees (and may change) the script's {@code session}. */
    public static int run(String[] args, PrintStream out, PrintStream err, ScriptSession session) {
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : commands()) {
            byName.put(c.name(), c);
        }
        if (args.length == 2 && args[0].equals("help")) {
            Command wanted = byName.get(args[1]);
            if (wanted == null) {
                err.println("help: unknown command \"" + args[1] + "\" (commands: "
                        + String.join(", ", byName.keySet()) + ")");
                return 2;
            }
            out.print(CommandHelp.of(wanted));
            return 0;
        }
        if (args.length >= 2 && byName.containsKey(args[0]) && session == null
                && (Arrays.asList(args).subList(1, args.length).contains("--help")
                || Arrays.asList(args).subList(1, args.length).contains("-h"))) {
            out.print(CommandHelp.of(byName.get(args[0])));
            return 0;
        }
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println("Usage: java -jar trade-workbench.jar [COMMAND [OPTIONS]]");
            out.println("With no command, the desktop app opens. Commands:");
            for (Command c : byName.values()) {
                out.println("  " + c.usage());
            }
            out.println("help COMMAND (or COMMAND --help) describes one command and lists its options.");
            return 0;
        }
        Command c = byName.get(args[0]);
        if (c == null) {
            err.println("unknown command \"" + args[0] + "\" (commands: " + String.join(", ", byName.keySet()) + ")");
            return 2;
        }
        try {
            Args a = new Args(c.name(), Arrays.copyOfRange(args, 1, args.length), c.flags(), session);
            return c.run(a, out);
        } catch (UsageException | DataException e) {
            err.println(oneLine(e.getMessage()));
            return 2;
        } catch (java.io.IOException e) {
            err.println(oneLine("cannot read or write a file: " + e.getMessage()));
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("not enough memory for this input; run java with a larger -Xmx");
            return 2;
        } catch (Exception e) {
            err.println(oneLine(c.name() + " failed: " + e));
            return 1;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "error" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
