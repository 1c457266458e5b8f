package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Recursive coefficients (Brown, Durbin and Evans 1975; EViews' "recursive coefficients"): b_t fitted on the first
 * t observations, t = k … n, with standard errors s √diag((X_t′X_t)⁻¹), s² = SSR/(n − k) of the whole sample (the sum of
 * the squared recursive residuals over n − k), as statsmodels' {@code RecursiveLS} reports them.
 *
 * @param names          the coefficients
 * @param periods        the last period of each recursion, t = k … n
 * @param estimates      [j][t − k]
 * @param standardErrors [j][t − k]
 * @param scale          s²
 */
public record RecursiveCoefficients(List<String> names, List<String> periods, double[][] estimates,
        double[][] standardErrors, double scale) {

    public static RecursiveCoefficients of(OlsResult r) {
        RecursiveLeastSquares rls = RecursiveLeastSquares.of(r, "the recursive-coefficient chart");
        String[] labels = r.sample().labels();
        int n = labels.length;
        int k = r.design().cols();
        double scale = r.ssr() / (n - k);
        int m = n - k + 1;
        double[][] b = new double[k][m];
        double[][] se = new double[k][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                b[j][i] = rls.coefficients()[i][j];
                se[j][i] = Math.sqrt(scale * Math.max(0, rls.xtxInverseDiagonal()[i][j]));
            }
        }
        return new RecursiveCoefficients(List.copyOf(r.design().names()),
                List.of(Arrays.copyOfRange(labels, k - 1, n)), b, se, scale);
    }

    /** How many recursions leave the full-sample estimate of coefficient {@code j} outside their ±2 s.e. band. */
    public int outsideBand(int j) {
        double full = estimates[j][estimates[j].length - 1];
        int count = 0;
        for (int i = 0; i < estimates[j].length; i++) {
            if (Math.abs(estimates[j][i] - full) > 2 * standardErrors[j][i]) {
                count++;
            }
        }
        return count;
    }

    /** The summary the tab and {@code ols} show: per coefficient the path's first, last, smallest and largest value. */
    public ResultTable table() {
        ResultTable.Builder t = ResultTable.builder("Recursive coefficients (samples ending " + periods.get(0) + " to "
                + periods.get(periods.size() - 1) + ")", "Coefficient", "First (" + periods.get(0) + ")", "Final",
                "Smallest", "Largest", "Recursions with the final outside ±2 s.e.");
        for (int j = 0; j < names.size(); j++) {
            double[] e = estimates[j];
            t.row(Cell.text(names.get(j)), Cell.number(e[0], 4), Cell.number(e[e.length - 1], 4),
                    Cell.number(Arrays.stream(e).min().orElseThrow(), 4),
                    Cell.number(Arrays.stream(e).max().orElseThrow(), 4),
                    Cell.text(outsideBand(j) + " of " + e.length));
        }
        return t.note("Each recursion fits the observations up to its period; standard errors use the whole"
                        + " sample's s² = SSR/(n - k), as statsmodels' RecursiveLS.")
                .build();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", periods);
        m.put("scale", scale);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", names.get(j));
            c.put("estimate", Arrays.stream(estimates[j]).boxed().toList());
            c.put("standard_error", Arrays.stream(standardErrors[j]).boxed().toList());
            c.put("recursions_outside_band", outsideBand(j));
            cs.add(c);
        }
        m.put("coefficients", cs);
        return m;
    }
}
