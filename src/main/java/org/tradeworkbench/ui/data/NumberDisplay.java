package org.tradeworkbench.ui.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a series' numbers are shown in the grid: one number of decimals per series, as many as the values have but
 * at most about six significant digits at the series' largest magnitude, and none for whole numbers.
 */
final class NumberDisplay {
    static final int SIGNIFICANT = 6;
    static final int MAX_DECIMALS = 6;

    private NumberDisplay() {
    }

    /** Values looked at when choosing the decimals of a long series (evenly spread). */
    static final int LOOK_AT = 2000;

    /**
     * Decimals for a series: as many as its values need (35.7 shows as 35.7, not 35.7000), but no more than give
     * about six significant digits at the series' largest magnitude.
     */
    static int decimalsFor(double[] values) {
        double maxAbs = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        int cap = MAX_DECIMALS;
        if (maxAbs > 0) {
            int intDigits = (int) Math.floor(Math.log10(maxAbs)) + 1;
            cap = Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT - intDigits));
        }
        int needed = 0;
        int step = Math.max(1, values.length / LOOK_AT);
        for (int i = 0; i < values.length && needed < cap; i += step) {
            double v = values[i];
            if (Double.isFinite(v) && v != Math.rint(v)) {
                needed = Math.max(needed, Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale()));
            }
        }
        return Math.min(cap, needed);
    }

    /** The value with {@code decimals} decimals (half-up, no grouping), or {@code NA} for missing. */
    static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        // valueOf rounds the shortest decimal form, as the user reads the number (2.675 -> 2.68).
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
