package org.tradeworkbench.core.script;

import java.util.ArrayList;
import java.util.List;

/** The lines typed at a prompt, walked with Up ({@link #previous}) and Down ({@link #next}) as in a shell. */
public final class LineHistory {
    private final List<String> lines = new ArrayList<>();
    private int cursor;

    /** Remembers a run line (a blank line or a repeat of the last one is not stored again). */
    public void add(String line) {
        String t = line.strip();
        if (!t.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(t))) {
            lines.add(t);
        }
        cursor = lines.size();
    }

    /** The line before the one shown, or the oldest one when already there; empty when nothing was typed. */
    public String previous() {
        if (lines.isEmpty()) {
            return "";
        }
        cursor = Math.max(0, cursor - 1);
        return lines.get(cursor);
    }

    /** The line after the one shown; past the newest, an empty prompt. */
    public String next() {
        cursor = Math.min(lines.size(), cursor + 1);
        return cursor == lines.size() ? "" : lines.get(cursor);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
