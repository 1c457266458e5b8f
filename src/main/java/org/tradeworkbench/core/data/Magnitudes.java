package org.tradeworkbench.core.data;

import java.util.function.IntFunction;

/**
 * Values too large or too small for the statistics computed from them. Every estimator here sums squares (and
 * the auxiliary regressions of the diagnostics square squares), so a series reaching about 1e154 overflows a
 * double to infinity and one below about 1e-154 underflows to zero: the result would be NA or a zero standard
 * error with an infinite t. Such a series is refused with its name and where, and the scale that would fix it.
 */
public final class Magnitudes {
    /** Largest absolute value accepted: its fourth power still fits a double with room for sums of 1e7 terms. */
    public static final double LARGEST = 1e75;
    /** Smallest largest-absolute-value of a series that is not all zeros. */
    public static final double SMALLEST = 1e-75;

    private Magnitudes() {
    }

    /**
     * Refuses {@code values} named {@code name} when a finite value is beyond {@link #LARGEST} in absolute value
     * (naming the first such one by {@code where}, e.g. its period), or when the series is not all zeros but its
     * largest absolute value is below {@link #SMALLEST}. Missing values (NaN) are ignored.
     */
    public static void check(String name, double[] values, IntFunction<String> where) {
        check(name, values, 0, values.length, where);
    }

    /** As {@link #check(String, double[], IntFunction)} on {@code values[from .. from+length-1]}. */
    public static void check(String name, double[] values, int from, int length, IntFunction<String> where) {
        double largest = 0;
        for (int k = 0; k < length; k++) {
            int i = from + k;
            double a = Math.abs(values[i]);
            if (Double.isFinite(a) && a > LARGEST) {
                throw new DataException("\"" + name + "\" is " + values[i] + " at " + where.apply(k)
                        + ": values beyond ±1e75 overflow the sums of squares the statistics need; rescale the "
                        + "series (for example divide it by " + powerOfTen(a) + ")");
            }
            if (Double.isFinite(a)) {
                largest = Math.max(largest, a);
            }
        }
        if (largest > 0 && largest < SMALLEST) {
            throw new DataException("\"" + name + "\" is at most " + largest + " in absolute value: values this small"
                    + " underflow the sums of squares the statistics need; rescale the series (for example multiply"
                    + " it by " + powerOfTen(1 / largest) + ")");
        }
    }

    private static String powerOfTen(double a) {
        return "1e" + (int) Math.floor(Math.log10(a));
    }
}
