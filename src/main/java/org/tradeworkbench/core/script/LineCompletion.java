package org.tradeworkbench.core.script;

import java.util.List;

/**
 * Tab completion at a prompt: the first word from the command names, a later word from the series names. A
 * single match completes the word; several complete their common prefix.
 */
public final class LineCompletion {
    private LineCompletion() {
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
        String prefix = matches.get(0);
        for (String m : matches) {
            int i = 0;
            while (i < prefix.length() && i < m.length() && prefix.charAt(i) == m.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return line.substring(0, start) + prefix + (matches.size() == 1 ? " " : "");
    }
}
