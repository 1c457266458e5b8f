package org.tradeworkbench.ui.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a series' numbers are shown in the grid: one number of decimals per series, chosen so that its typical
 * (largest) value shows about six significant digits, and none for whole numbers.
 */
final class NumberDisplay {
    static final int SIGNIFICANT = 6;
    static final int MAX_DECIMALS = 6;

    private NumberDisplay() {
    }

    static int decimalsFor(double[] values) {
        double maxAbs = 0;
        boolean whole = true;
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            maxAbs = Math.max(maxAbs, Math.abs(v));
            if (whole && v != Math.rint(v)) {
                whole = false;
            }
        }
        if (whole) {
            return 0;
        }
        if (maxAbs == 0) {
            return 2;
        }
        int intDigits = (int) Math.floor(Math.log10(maxAbs)) + 1;
        return Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT - intDigits));
    }

    /** The value with {@code decimals} decimals (half-up, no grouping), or {@code NA} for missing. */
    static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
