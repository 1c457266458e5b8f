package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --name value} options and {@code --flag} switches after the command name. Every option read is marked
 * used, so {@link #checkAllUsed()} can reject misspelt options instead of ignoring them.
 */
public final class Args {
    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final ScriptSession session;

    public Args(String command, String[] rest, Set<String> knownFlags) {
        this(command, rest, knownFlags, null);
    }

    /** Arguments of a command run as a line of a script, with the script's state ({@code null} outside one). */
    public Args(String command, String[] rest, Set<String> knownFlags, ScriptSession session) {
        this.command = command;
        this.session = session;
        for (int i = 0; i < rest.length; i++) {
            String a = rest[i];
            if (a.startsWith("--") && a.length() > 2) {
                String key = a.substring(2);
                int eq = key.indexOf('=');
                if (eq > 0) {
                    put(key.substring(0, eq), key.substring(eq + 1));
                } else if (knownFlags.contains(key)) {
                    flags.add(key);
                } else if (i + 1 < rest.length) {
                    put(key, rest[++i]);
                } else {
                    throw new UsageException(command + ": option --" + key + " needs a value");
                }
            } else {
                positional.add(a);
            }
        }
    }

    private void put(String key, String value) {
        if (options.put(key, value) != null) {
            throw new UsageException(command + ": option --" + key + " given twice");
        }
    }

    /**
     * The output file named by {@code --option}, checked against where this command may write: anywhere when
     * typed, inside the script's folder when replayed; never over an existing file without {@code --overwrite}
     * (which the command must list among its flags).
     */
    public java.nio.file.Path outputFile(String option) {
        return policy().file(java.nio.file.Path.of(required(option)), "--" + option);
    }

    /** The output folder named by {@code --option}: new or empty, or any with {@code --overwrite}. */
    public java.nio.file.Path outputFolder(String option) {
        return policy().folderFor(java.nio.file.Path.of(required(option)), "--" + option);
    }

    private org.tradeworkbench.core.workbench.OutputPolicy policy() {
        boolean overwrite = flag("overwrite");
        if (session == null) {
            return org.tradeworkbench.core.workbench.OutputPolicy.anywhere(overwrite);
        }
        org.tradeworkbench.core.workbench.OutputPolicy p = session.outputs();
        return overwrite ? new org.tradeworkbench.core.workbench.OutputPolicy(p.folder(), true) : p;
    }

    public String command() {
        return command;
    }

    /** The state of the script this command is a line of, or null when it runs on its own. */
    public ScriptSession session() {
        return session;
    }

    /** The script's state; a UsageException naming the command when it runs outside a script. */
    public ScriptSession requireSession() {
        if (session == null) {
            throw new UsageException(command + ": changes the data of a script, so it works only as a line of a"
                    + " script replayed by run-script (each command line on its own starts from its --data)");
        }
        return session;
    }

    public Optional<String> opt(String name) {
        used.add(name);
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return opt(name).orElseThrow(() -> new UsageException(command + ": missing --" + name));
    }

    public boolean flag(String name) {
        used.add(name);
        return flags.contains(name);
    }

    public int intOpt(String name, int dflt) {
        return opt(name).map(v -> parseInt(name, v)).orElse(dflt);
    }

    public int parseInt(String name, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " expects a whole number, got \"" + v + "\"");
        }
    }

    public double parseDouble(String name, String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " expects a number, got \"" + v + "\"");
        }
    }

    /** One of {@code allowed} (case-insensitive), or the default. */
    public String choice(String name, String dflt, String... allowed) {
        Optional<String> v = opt(name);
        if (v.isEmpty()) {
            return dflt;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.get().trim())) {
                return a;
            }
        }
        throw new UsageException(command + ": --" + name + " must be one of " + String.join(", ", allowed)
                + ", got \"" + v.get() + "\"");
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    public void checkAllUsed() {
        checkAllUsed(0);
    }

    /** Like {@link #checkAllUsed()}, but up to {@code positionalAllowed} plain arguments are expected. */
    public void checkAllUsed(int positionalAllowed) {
        for (String k : options.keySet()) {
            if (!used.contains(k)) {
                throw new UsageException(command + ": unknown option --" + k);
            }
        }
        for (String k : flags) {
            if (!used.contains(k)) {
                throw new UsageException(command + ": unknown option --" + k);
            }
        }
        if (positional.size() > positionalAllowed) {
            throw new UsageException(command + ": unexpected argument \"" + positional.get(positionalAllowed) + "\"");
        }
    }
}
