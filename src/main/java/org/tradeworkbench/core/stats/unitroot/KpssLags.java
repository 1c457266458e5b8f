package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;

/**
 * The truncation lag of the KPSS long-run variance: {@code auto} (Hobijn, Franses and Ooms 1998, as statsmodels'
 * default), {@code legacy} (Schwert's ceil(12 (n/100)^(1/4)), as statsmodels computes it), or a fixed number.
 */
public record KpssLags(String rule, int fixed) {

    public static final KpssLags AUTO = new KpssLags("auto", -1);
    public static final KpssLags LEGACY = new KpssLags("legacy", -1);

    public static KpssLags fixed(int lags) {
        if (lags < 0) {
            throw new IllegalArgumentException("the number of KPSS lags cannot be negative, got " + lags);
        }
        return new KpssLags("fixed", lags);
    }

    /** {@code auto}, {@code legacy} or a whole number. */
    public static KpssLags parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("legacy")) {
            return LEGACY;
        }
        try {
            return fixed(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KPSS lags must be auto, legacy or a whole number, got \"" + text + "\"");
        }
    }

    public boolean isFixed() {
        return fixed >= 0;
    }

    @Override
    public String toString() {
        return isFixed() ? Integer.toString(fixed) : rule;
    }
}
