package org.tradeworkbench.ui.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the transcript out for a width of {@code columns} characters of its fixed-width font, block by block as
 * the view appends them, and remembers what it inserted so that a copy gives the text as printed.
 *
 * <p>Text lines (messages, errors, help, a table's title and notes) wrap at spaces, their continuation indented
 * two more characters than the line. A table's ruled part (from its first rule line of dashes to its last, as the
 * command line's text tables print them) is left as it is: wrapping a row would put its numbers under the wrong
 * column headings and shrinking the font would make them hard to read, so a table wider than the window scrolls
 * sideways as a whole, as it does in a terminal, and its columns stay aligned.
 */
final class TranscriptWrap {
    /** Narrower than this, lines are wrapped as if the window were this wide (they scroll sideways). */
    static final int MIN_COLUMNS = 20;

    private final int columns;
    /** Starts and lengths of the inserted line breaks and indents in the displayed text, in ascending order. */
    private final List<int[]> inserted = new ArrayList<>();
    private int length;

    TranscriptWrap(int columns) {
        this.columns = Math.max(MIN_COLUMNS, columns);
    }

    int columns() {
        return columns;
    }

    /** The displayed form of the next block (appended after the blocks before it). */
    String append(String block) {
        StringBuilder out = new StringBuilder(block.length() + 16);
        List<String> lines = lines(block);
        boolean[] laidOut = laidOut(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (laidOut[i]) {
                out.append(line);
            } else {
                wrapLine(line, out);
            }
        }
        length += out.length();
        return out.toString();
    }

    /** The text printed between {@code from} and {@code to} of the displayed {@code text}, without the inserted breaks. */
    String original(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int at = from;
        for (int[] r : inserted) {
            int start = r[0];
            int end = r[0] + r[1];
            if (end <= at) {
                continue;
            }
            if (start >= to) {
                break;
            }
            if (start > at) {
                out.append(text, at, start);
            }
            at = Math.max(at, end);
        }
        if (at < to) {
            out.append(text, at, to);
        }
        return out.toString();
    }

    private void wrapLine(String line, StringBuilder out) {
        boolean newline = line.endsWith("\n");
        String body = newline ? line.substring(0, line.length() - 1) : line;
        int lead = 0;
        while (lead < body.length() && body.charAt(lead) == ' ') {
            lead++;
        }
        int indent = Math.min(lead + 2, columns / 2);
        int pos = 0;
        int width = columns;
        while (body.length() - pos > width) {
            // Break after the last space that fits, keeping the space at the end of the line; a word longer than
            // the line is cut where the line ends.
            int space = body.lastIndexOf(' ', pos + width);
            int cut = space > pos + lead && space >= pos ? space + 1 - pos : width;
            while (pos + cut < body.length() && body.charAt(pos + cut) == ' ') {
                cut++;
            }
            if (pos + cut >= body.length()) {
                break;
            }
            out.append(body, pos, pos + cut);
            String insert = "\n" + " ".repeat(indent);
            inserted.add(new int[] {length + out.length(), insert.length()});
            out.append(insert);
            pos += cut;
            width = columns - indent;
            lead = 0;
        }
        out.append(body, pos, body.length());
        if (newline) {
            out.append('\n');
        }
    }

    private static List<String> lines(String block) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < block.length()) {
            int end = block.indexOf('\n', start);
            end = end < 0 ? block.length() : end + 1;
            lines.add(block.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** Which lines are a table's ruled part: in each paragraph, from its first rule line to its last. */
    private static boolean[] laidOut(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            int first = -1;
            int last = -1;
            for (int j = i; j < end; j++) {
                if (isRule(lines.get(j))) {
                    first = first < 0 ? j : first;
                    last = j;
                }
            }
            for (int j = first; j >= 0 && j <= last; j++) {
                out[j] = true;
            }
            i = end;
        }
        return out;
    }

    /** A line of at least three dashes or equals signs (and nothing else). */
    static boolean isRule(String line) {
        String s = line.strip();
        return s.length() >= 3 && s.chars().allMatch(c -> c == '-' || c == '=' || c == '\u2500');
    }
}
