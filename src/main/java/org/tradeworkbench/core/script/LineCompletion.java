package org.tradeworkbench.core.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tab completion at a prompt: the first word from the command names (so is the word after {@code help}); a word
 * starting with {@code -} from the options of the line's command; the word after an option that takes fixed
 * values from those values; any other word from the series names. A single match completes the word; several
 * complete their common prefix and are listed.
 */
public final class LineCompletion {
    private LineCompletion() {
    }

    /**
     * What Tab does to a line.
     *
     * @param line    the line with its last word completed, or as it was when nothing matches
     * @param choices what the word could still become when several fit (options with their values, as the help
     *                lists them); empty when it was completed or nothing fits
     * @param problem why nothing could be completed, naming the word; empty when something fits
     */
    public record Completion(String line, List<String> choices, String problem) {
        public Completion {
            choices = List.copyOf(choices);
        }
    }

    /**
     * Completes the last word of {@code line}.
     *
     * @param options the options of a command, empty when there is no such command
     */
    public static Completion complete(String line, List<String> commands, List<String> series,
            Function<String, Optional<List<CommandOption>>> options) {
        int start = line.lastIndexOf(' ') + 1;
        String word = line.substring(start);
        String before = line.substring(0, start);
        List<String> words = before.isBlank() ? List.of() : Arrays.asList(before.strip().split(" +"));
        if (words.isEmpty() || (words.size() == 1 && words.get(0).equals("help") && !word.startsWith("-"))) {
            return of(line, start, commands, commands, "No command starts with \"" + word + "\".");
        }
        String command = words.get(0);
        if (word.startsWith("-")) {
            Optional<List<CommandOption>> known = options.apply(command);
            if (known.isEmpty()) {
                return new Completion(line, List.of(), "No command \"" + command + "\", so no options to complete"
                        + " (help lists the commands).");
            }
            List<String> names = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (CommandOption o : known.get()) {
                // An option already on the line is not offered again.
                if (!words.contains("--" + o.name())) {
                    names.add("--" + o.name());
                    shown.add(o.display());
                }
            }
            return of(line, start, names, shown, "No option of " + command + " starts with \"" + word + "\"."
                    + (names.isEmpty() ? "" : " (" + command + " --help lists them)"));
        }
        String previous = words.get(words.size() - 1);
        if (words.size() > 1 && previous.startsWith("--")) {
            Optional<CommandOption> option = options.apply(command).orElse(List.of()).stream()
                    .filter(o -> previous.equals("--" + o.name()) && !o.choices().isEmpty()).findFirst();
            if (option.isPresent()) {
                List<String> values = option.get().choices();
                return of(line, start, values, values, "No value of " + previous + " starts with \"" + word
                        + "\" (it takes " + option.get().value() + ").");
            }
        }
        return of(line, start, series, series, "No series starts with \"" + word + "\".");
    }

    /** Completes the word at {@code start} from {@code pool}; {@code shown} is how each is listed. */
    private static Completion of(String line, int start, List<String> pool, List<String> shown, String problem) {
        String word = line.substring(start);
        List<String> matches = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.get(i).startsWith(word)) {
                matches.add(pool.get(i));
                listed.add(shown.get(i));
            }
        }
        if (matches.isEmpty()) {
            return new Completion(line, List.of(), problem);
        }
        String prefix = commonPrefix(matches);
        return new Completion(line.substring(0, start) + prefix + (matches.size() == 1 ? " " : ""),
                matches.size() == 1 ? List.of() : listed, "");
    }

    private static String commonPrefix(List<String> matches) {
        String prefix = matches.get(0);
        for (String m : matches) {
            int i = 0;
            while (i < prefix.length() && i < m.length() && prefix.charAt(i) == m.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }

    /** The names the line's last word may complete to (several: the choices to show), in the pool's order. */
    public static List<String> choices(String line, List<String> commands, List<String> series) {
        int start = line.lastIndexOf(' ') + 1;
        String word = line.substring(start);
        List<String> pool = line.substring(0, start).isBlank() ? commands : series;
        return pool.stream().filter(n -> n.startsWith(word)).toList();
    }

    /** The line with its last word completed, or the line as it was when nothing matches. */
    public static String complete(String line, List<String> commands, List<String> series) {
        int start = line.lastIndexOf(' ') + 1;
        List<String> matches = choices(line, commands, series);
        if (matches.isEmpty()) {
            return line;
        }
        return line.substring(0, start) + commonPrefix(matches) + (matches.size() == 1 ? " " : "");
    }
}
