package org.tradeworkbench.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Variables typed by hand: one expression per line (or separated by semicolons, since commas belong to
 * {@code d(x, 2)}). Shared by the panels that take a set of variables.
 */
public final class TypedExpressions {
    private TypedExpressions() {
    }

    /** The expressions in {@code text}, trimmed, blanks dropped. */
    public static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;\\n\\r]+")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The ticked variables, then the typed ones not already among them. */
    public static List<String> combine(List<String> ticked, String typed) {
        List<String> out = new ArrayList<>();
        for (String v : ticked) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        for (String v : parse(typed)) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
