package org.tradeworkbench.core.io;

import java.text.Normalizer;
import java.util.Locale;

/** Series names that can be typed in expressions without quoting. */
final class Names {
    private Names() {
    }

    /** Letters, digits and underscores; other characters become one underscore; never starts with a digit. */
    static String identifier(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "x";
        }
        return Character.isDigit(s.charAt(0)) ? "x" + s : s;
    }

    static String lowerIdentifier(String text) {
        return identifier(text).toLowerCase(Locale.ROOT);
    }
}
