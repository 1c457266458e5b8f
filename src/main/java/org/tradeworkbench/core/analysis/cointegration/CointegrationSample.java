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
 * @param values {@code values[j][t]}: variable j at sample row t
 * @param first  the dataset row of sample row 0
 */
record CointegrationSample(List<String> names, double[][] values, int first, TimeIndex index) {

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
        double[][] values = new double[variables.size()][];
        int j = 0;
        for (double[] x : cols.values()) {
            values[j++] = r.extract(x);
        }
        for (int k = 0; k < values.length; k++) {
            if (isConstant(values[k])) {
                throw new DataException("\"" + variables.get(k) + "\" is constant over the sample "
                        + data.index().label(r.first()) + ".." + data.index().label(r.last())
                        + ": a cointegration test needs varying series");
            }
        }
        return new CointegrationSample(List.copyOf(variables), values, r.first(), data.index());
    }

    int size() {
        return values[0].length;
    }

    int count() {
        return values.length;
    }

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

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
