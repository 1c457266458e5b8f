package org.tradeworkbench.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by all writers, independent of the platform locale. */
public final class NumberFormats {
    private NumberFormats() {
    }

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // Avoid "-0.000".
        return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
    }

    /** Whether a plain decimal string has no digit but zeros (checked per character: tables format often). */
    private static boolean isZero(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '-' && c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Up to 6 significant digits, scientific notation for very large or small magnitudes. */
    public static String general(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (isScientific(v)) {
            return String.format(Locale.ROOT, "%.5e", v);
        }
        String s = new BigDecimal(v).round(new java.math.MathContext(6, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Whether {@link #general} writes {@code v} in scientific notation (magnitude below 1e-4 or from 1e9). */
    public static boolean isScientific(double v) {
        double a = Math.abs(v);
        return a != 0 && (a < 1e-4 || a >= 1e9);
    }

    /** A p-value as applied econometrics prints it: 4 decimals, "<0.0001" below that. */
    public static String pValue(double p) {
        return pValue(p, 4);
    }

    /**
     * A p-value at {@code decimals} decimals (at least 1), or {@code <0.001} (as many decimals) when it rounds
     * below the last one shown. Every p-value a table or a message shows goes through here.
     */
    public static String pValue(double p, int decimals) {
        if (Double.isNaN(p)) {
            return "NA";
        }
        int d = Math.max(1, decimals);
        double smallest = Math.pow(10, -d);
        return p < smallest ? "<" + fixed(smallest, d) : fixed(p, d);
    }
}
