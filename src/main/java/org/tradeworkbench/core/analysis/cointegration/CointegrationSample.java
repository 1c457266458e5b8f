package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Samples;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expression;

/**
 * The common gap-free sample of several series: rows where every variable has a value, trimmed at both ends; a
 * value missing inside is an error naming the variable and period, as for the unit-root tests.
 *
 * @param names  the variables as given
 * @param series {@code series[j][first + t]}: variable j at sample row t; the arrays as read (for a bare series
 *               name the dataset's own), never to be modified
 * @param first  the dataset row of sample row 0
 * @param size   the sample's rows
 */
record CointegrationSample(List<String> names, double[][] series, int first, int size, TimeIndex index) {

    static CointegrationSample of(Dataset data, List<String> variables) {
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String v : variables) {
            double[] x = Expression.parse(v).evaluateForReading(data);
            for (int i = 0; i < x.length; i++) {
                if (Double.isInfinite(x[i])) {
                    throw new DataException("\"" + v + "\" is infinite at " + data.index().label(i));
                }
            }
            cols.put(v, x);
        }
        Samples.Range r = Samples.contiguous(data.index(), cols);
        double[][] series = cols.values().toArray(new double[0][]);
        for (int k = 0; k < series.length; k++) {
            if (isConstant(series[k], r.first(), r.last())) {
                throw new DataException("\"" + variables.get(k) + "\" is constant over the sample "
                        + data.index().label(r.first()) + ".." + data.index().label(r.last())
                        + ": a cointegration test needs varying series");
            }
        }
        return new CointegrationSample(List.copyOf(variables), series, r.first(), r.size(), data.index());
    }

    /** {@code values()[j][t]}: variable j at sample row t, copies the caller may modify. */
    double[][] values() {
        double[][] out = new double[series.length][];
        for (int j = 0; j < series.length; j++) {
            out[j] = java.util.Arrays.copyOfRange(series[j], first, first + size);
        }
        return out;
    }

    int count() {
        return series.length;
    }

    /** The period of sample row {@code row}. */
    String label(int row) {
        return index.label(first + row);
    }

    /** Trimmed, non-blank, distinct variable names, at least {@code min} of them. */
    static List<String> checkVariables(List<String> variables, int min) {
        if (variables == null) {
            throw new IllegalArgumentException("the variables are required");
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String v : variables) {
            String t = v == null ? "" : v.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("a variable name is blank");
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException("the variable " + t + " is given twice");
            }
        }
        if (seen.size() < min) {
            throw new IllegalArgumentException("a cointegration test needs at least " + min + " variables, got "
                    + seen.size());
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    private static boolean isConstant(double[] x, int from, int to) {
        double v0 = x[from];
        for (int i = from + 1; i <= to; i++) {
            if (x[i] != v0) {
                return false;
            }
        }
        return true;
    }
}
