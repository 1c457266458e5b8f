package org.tradeworkbench.ui.data;

import java.util.Locale;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;

/** Reads what the user typed into a grid cell: a number, or a missing-value word. */
final class CellInput {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", ".", "..");

    private CellInput() {
    }

    /** The number typed (NaN for missing); a {@link DataException} naming the text when it is not a number. */
    static double parse(String text, String where) {
        String t = text == null ? "" : text.trim();
        if (MISSING.contains(t.toLowerCase(Locale.ROOT))) {
            return Double.NaN;
        }
        String plain = t.replace("\u2212", "-");
        if (plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            double v = Double.parseDouble(plain);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw new DataException("\"" + t + "\" is not a number (" + where
                + "); type a number such as 12.5, or NA for a missing value");
    }
}
