package org.tradeworkbench.core.stats.ols;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The CUSUM test of Brown, Durbin and Evans (1975) on recursive residuals, with R strucchange's conventions
 * ({@code recresid}, {@code efp(type = "Rec-CUSUM")}, {@code boundary}): {@code w_t = (y_t - x_t' b_{t-1}) /
 * sqrt(1 + x_t' (X_{t-1}' X_{t-1})^-1 x_t)} for t = k + 1 .. n, {@code W_t = sum_{s <= t} w_s / sigma} with sigma the
 * standard deviation of the w (n - k - 1 degrees of freedom), and the 5% bounds {@code ±b (sqrt(n - k) + 2 (t - k) /
 * sqrt(n - k))}, b the root of the Brownian-motion crossing probability 0.05 (b = 0.9479…; the table value is 0.948).
 *
 * @param periods   the periods t = k + 1 .. n
 * @param recursive the recursive residuals
 * @param cusum     W_t
 * @param bound     the upper 5% bound at each t (the lower is its negative)
 * @param critical  b
 */
public record CusumResult(List<String> periods, double[] recursive, double[] cusum, double[] bound, double critical) {

    /** The first period where |W_t| reaches the bound, or null. */
    public String firstCrossing() {
        for (int i = 0; i < cusum.length; i++) {
            if (Math.abs(cusum[i]) > bound[i]) {
                return periods.get(i);
            }
        }
        return null;
    }

    public static CusumResult of(OlsResult r) {
        String[] labels = r.sample().labels();
        int n = labels.length;
        int k = r.design().cols();
        double[] w = RecursiveLeastSquares.of(r, "the CUSUM test").recursive();
        int m = w.length;
        double mean = Arrays.stream(w).sum() / m;
        double ss = 0;
        for (double v : w) {
            ss += (v - mean) * (v - mean);
        }
        double sigma = Math.sqrt(ss / (m - 1));
        double crit = critical(0.05);
        double[] cusum = new double[m];
        double[] bound = new double[m];
        double s = 0;
        double root = Math.sqrt(m);
        for (int i = 0; i < m; i++) {
            s += w[i];
            cusum[i] = s / sigma;
            bound[i] = crit * (root + 2.0 * (i + 1) / root);
        }
        return new CusumResult(List.of(Arrays.copyOfRange(labels, k, n)), w, cusum, bound, crit);
    }

    /** The b with P(sup |W(t)| / (1 + 2t) > b) = alpha for a Brownian motion W on [0, 1] (strucchange's pvalue). */
    static double critical(double alpha) {
        double lo = 0.3;
        double hi = 5;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (crossing(mid) > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double crossing(double x) {
        NormalDistribution z = new NormalDistribution();
        return 2 * (1 - z.cumulativeProbability(3 * x) + Math.exp(-4 * x * x) * (z.cumulativeProbability(x)
                + z.cumulativeProbability(5 * x) - 1) - Math.exp(-16 * x * x) * (1 - z.cumulativeProbability(x)));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", periods);
        m.put("recursive_residuals", Arrays.stream(recursive).boxed().toList());
        m.put("cusum", Arrays.stream(cusum).boxed().toList());
        m.put("bound", Arrays.stream(bound).boxed().toList());
        m.put("critical", critical);
        m.put("first_crossing", firstCrossing());
        return m;
    }
}
