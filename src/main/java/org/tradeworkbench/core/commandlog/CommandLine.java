package org.tradeworkbench.core.commandlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One command-line call, as its argument words: {@code [adf, --data, sample.csv, --column, d(PATENT)]}.
 * {@link #toString()} renders it as a line a POSIX shell and {@link CommandScript} read back to the same words,
 * e.g. {@code adf --data sample.csv --column "d(PATENT)"}.
 */
public record CommandLine(List<String> words) {

    public CommandLine {
        words = List.copyOf(words);
        if (words.isEmpty() || words.get(0).isBlank()) {
            throw new IllegalArgumentException("a command line starts with the command name");
        }
    }

    public static CommandLine of(String... words) {
        return new CommandLine(List.of(words));
    }

    /** Starts a line for the named command: {@code CommandLine.command("adf").opt("data", f).flag("json").build()}. */
    public static Builder command(String name) {
        return new Builder(name);
    }

    public String name() {
        return words.get(0);
    }

    /** The words after the command name, as {@code Cli.run} receives them after the name. */
    public String[] arguments() {
        return words.subList(1, words.size()).toArray(String[]::new);
    }

    public String[] toArray() {
        return words.toArray(String[]::new);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }

    /**
     * The word as the shell reads it back: bare when it holds only safe characters, otherwise in double quotes
     * (or single quotes when it holds characters a shell expands inside double quotes).
     */
    static String quote(String w) {
        if (!w.isEmpty() && w.chars().allMatch(CommandLine::isSafe)) {
            return w;
        }
        boolean expands = w.chars().anyMatch(c -> c == '$' || c == '`' || c == '\\' || c == '"' || c == '!');
        if (!expands) {
            return '"' + w + '"';
        }
        if (w.indexOf('\'') < 0) {
            return '\'' + w + '\'';
        }
        return "'" + w.replace("'", "'\\''") + "'";
    }

    private static boolean isSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-_./:=+,@%".indexOf(c) >= 0;
    }

    /** Builds a line option by option, skipping options whose value is absent. */
    public static final class Builder {
        private final List<String> words = new ArrayList<>();

        private Builder(String name) {
            words.add(Objects.requireNonNull(name));
        }

        /** {@code --name value}; nothing when {@code value} is null. */
        public Builder opt(String name, Object value) {
            if (value != null) {
                words.add("--" + name);
                words.add(String.valueOf(value));
            }
            return this;
        }

        /** {@code --name} when {@code on}. */
        public Builder flag(String name, boolean on) {
            if (on) {
                words.add("--" + name);
            }
            return this;
        }

        public Builder flag(String name) {
            return flag(name, true);
        }

        /** A plain word, e.g. a file name given without an option. */
        public Builder word(String word) {
            words.add(Objects.requireNonNull(word));
            return this;
        }

        public CommandLine build() {
            return new CommandLine(words);
        }
    }
}
