package org.tradeworkbench.core.analysis.var;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Samples;
import org.tradeworkbench.core.expr.Expression;

/**
 * The consecutive observations a VAR uses: all endogenous and exogenous series over the span where every one
 * has values (a gap inside is an error naming the series and period).
 *
 * @param y      observations by row: {@code y[t][i]} is variable i at time t
 * @param exog   {@code exog[t][j]}, zero columns when there are none
 * @param labels period label of each row
 */
public record VarData(List<String> names, List<String> exogNames, double[][] y, double[][] exog, String[] labels) {

    /**
     * The observations of the model's series; with presample values ({@link Dataset#extended()}) the series are
     * evaluated on the whole data and up to {@code model.lags()} rows before the sample's start come first, so
     * that the VAR's estimation sample is the sample chosen.
     */
    public static VarData of(Dataset data, VarModel model) {
        Dataset whole = data.extended();
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String v : model.variables()) {
            cols.put(v, Expression.parse(v).evaluate(whole));
        }
        for (String x : model.exog()) {
            cols.put(x, Expression.parse(x).evaluate(whole));
        }
        Samples.Range r = data.usesPresample()
                ? Samples.contiguous(whole.index(), cols, data.presampleRows(), model.lags()).range()
                : Samples.contiguous(data.index(), cols);
        int n = r.size();
        int k = model.variables().size();
        int m = model.exog().size();
        double[][] y = new double[n][k];
        double[][] x = new double[n][m];
        String[] labels = new String[n];
        for (int t = 0; t < n; t++) {
            labels[t] = whole.index().label(r.first() + t);
        }
        int c = 0;
        for (double[] col : cols.values()) {
            for (int t = 0; t < n; t++) {
                double v = col[r.first() + t];
                if (!Double.isFinite(v)) {
                    String name = c < k ? model.variables().get(c) : model.exog().get(c - k);
                    throw new org.tradeworkbench.core.data.DataException("\"" + name + "\" is infinite at "
                            + labels[t]);
                }
                if (c < k) {
                    y[t][c] = v;
                } else {
                    x[t][c - k] = v;
                }
            }
            c++;
        }
        return new VarData(model.variables(), model.exog(), y, x, labels);
    }

    /** Data given directly (tests, simulations); rows labelled 1..n. */
    public static VarData of(List<String> names, double[][] y) {
        String[] labels = new String[y.length];
        for (int t = 0; t < y.length; t++) {
            labels[t] = Integer.toString(t + 1);
        }
        return new VarData(List.copyOf(names), List.of(), y, new double[y.length][0], labels);
    }

    public int size() {
        return y.length;
    }

    public int k() {
        return names.size();
    }

    /** The same variables in levels differenced once (rows from the second on). */
    public VarData differenced() {
        int n = y.length - 1;
        double[][] d = new double[n][k()];
        double[][] x = new double[n][exog.length == 0 ? 0 : exog[0].length];
        String[] l = new String[n];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < k(); i++) {
                d[t][i] = y[t + 1][i] - y[t][i];
            }
            x[t] = exog[t + 1].clone();
            l[t] = labels[t + 1];
        }
        return new VarData(names, exogNames, d, x, l);
    }
}
