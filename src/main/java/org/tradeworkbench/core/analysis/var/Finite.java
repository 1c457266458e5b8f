package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.data.DataException;

/** Results are finite numbers or the run fails with a message: a NaN is never shown as a result. */
final class Finite {
    private Finite() {
    }

    static void check(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new DataException(what + " is not a finite number (" + v + "): the data are degenerate for this "
                    + "VAR (a constant or duplicated series, or values too large?)");
        }
    }

    static void check(double[] v, String what) {
        for (double x : v) {
            check(x, what);
        }
    }

    static void check(double[][][] v, String what) {
        for (double[][] a : v) {
            for (double[] b : a) {
                check(b, what);
            }
        }
    }

    /** Nested lists for a report's JSON (the JSON writer turns non-finite numbers into null). */
    static java.util.List<java.util.List<double[]>> lists(double[][][] a) {
        return a == null ? null : java.util.Arrays.stream(a).map(m -> java.util.Arrays.asList(m)).toList();
    }

    static java.util.List<double[]> lists(double[][] a) {
        return java.util.Arrays.asList(a);
    }
}
