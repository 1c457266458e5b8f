package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * The CUSUM of squares test of Brown, Durbin and Evans (1975) on the recursive residuals w_t, t = k + 1 … n:
 * S_t = Σ_{s≤t} w_s² / Σ_{s≤n} w_s², whose mean under constancy is (t − k)/(n − k), with the 5% bounds
 * (t − k)/(n − k) ± c₀. c₀ is the two-sided 5% critical value of Durbin's (1969) distribution at n′ = (n − k)/2 − 1,
 * by the response surface of Edgerton and Wells (1994), c₀ ≈ a/√n′ + b/n′ + c/n′^1.5 (statsmodels' RecursiveLS
 * {@code _cusum_squares_significance_bounds}). The test rejects when S leaves the bounds.
 *
 * @param periods  the periods t = k + 1 … n
 * @param squares  S_t
 * @param expected (t − k)/(n − k)
 * @param critical c₀
 */
public record CusumSquaresResult(List<String> periods, double[] squares, double[] expected, double critical) {
    /**
     * Edgerton, D. and C. Wells (1994), Critical values for the CUSUMSQ statistic in medium and large sized samples,
     * Oxford Bulletin of Economics and Statistics 56(3), 355–365: the coefficients a, b, c of c₀ for the one-sided
     * levels 10%, 5%, 2.5%, 1% and 0.5% (as statsmodels carries them); the two-sided 5% bounds use the 2.5% column.
     */
    private static final double[][] EDGERTON_WELLS = {
            {1.0729830, 1.2238734, 1.3581015, 1.5174271, 1.6276236},
            {-0.6698868, -0.6700069, -0.6701218, -0.6702672, -0.6703724},
            {-0.5816458, -0.7351697, -0.8858694, -1.0847745, -1.2365861}};
    private static final int TWO_SIDED_5 = 2;
    /** n′ below this makes the response surface meaningless (at n′ = 1 it is negative). */
    private static final double MIN_HALF_SAMPLE = 2;

    public double lower(int i) {
        return expected[i] - critical;
    }

    public double upper(int i) {
        return expected[i] + critical;
    }

    /** The first period where S_t is outside the bounds, or null. */
    public String firstCrossing() {
        for (int i = 0; i < squares.length; i++) {
            if (Math.abs(squares[i] - expected[i]) > critical) {
                return periods.get(i);
            }
        }
        return null;
    }

    /** The index of the largest |S_t − (t − k)/(n − k)| (Durbin's statistic). */
    public int largestDeviation() {
        int best = 0;
        for (int i = 1; i < squares.length; i++) {
            if (Math.abs(squares[i] - expected[i]) > Math.abs(squares[best] - expected[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The periods where S_t is outside the bounds, as runs "from–to". */
    public List<String> outsideRuns() {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= squares.length; i++) {
            boolean outside = i < squares.length && Math.abs(squares[i] - expected[i]) > critical;
            if (outside && start < 0) {
                start = i;
            } else if (!outside && start >= 0) {
                out.add(start == i - 1 ? periods.get(start) : periods.get(start) + "–" + periods.get(i - 1));
                start = -1;
            }
        }
        return out;
    }

    /** Edgerton and Wells' two-sided 5% c₀ for n′ = (n − k)/2 − 1. */
    static double critical(double halfSample) {
        double[] a = {EDGERTON_WELLS[0][TWO_SIDED_5], EDGERTON_WELLS[1][TWO_SIDED_5], EDGERTON_WELLS[2][TWO_SIDED_5]};
        return a[0] / Math.sqrt(halfSample) + a[1] / halfSample + a[2] / Math.pow(halfSample, 1.5);
    }

    public static CusumSquaresResult of(OlsResult r) {
        String[] labels = r.sample().labels();
        int n = labels.length;
        int k = r.design().cols();
        double halfSample = 0.5 * (n - k) - 1;
        if (halfSample < MIN_HALF_SAMPLE) {
            throw new DataException("the CUSUM of squares test needs at least " + (k + 6) + " observations for " + k
                    + " coefficients (its bounds are for (n - k)/2 - 1 of 2 or more); the sample " + labels[0] + " to "
                    + labels[n - 1] + " has " + n);
        }
        double[] w = RecursiveLeastSquares.of(r, "the CUSUM of squares test").recursive();
        int m = w.length;
        double total = 0;
        for (double v : w) {
            total += v * v;
        }
        double scale = 0;
        for (double v : r.y()) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (!(total > 1e-28 * Math.max(1, scale * scale) * m)) {
            throw new DataException("the CUSUM of squares test is undefined: every recursive residual is zero (the"
                    + " model fits the sample " + labels[0] + " to " + labels[n - 1] + " exactly)");
        }
        double[] s = new double[m];
        double[] e = new double[m];
        double acc = 0;
        for (int i = 0; i < m; i++) {
            acc += w[i] * w[i];
            s[i] = acc / total;
            e[i] = (i + 1.0) / m;
        }
        return new CusumSquaresResult(List.of(Arrays.copyOfRange(labels, k, n)), s, e, critical(halfSample));
    }

    /** The summary the tab and {@code ols} show. */
    public ResultTable table() {
        int last = squares.length - 1;
        int dev = largestDeviation();
        List<String> runs = outsideRuns();
        return ResultTable.builder("CUSUM of squares test (recursive residuals)", "Statistic", "Value")
                .row(Cell.text("Recursive residuals"), Cell.text(periods.get(0) + " to " + periods.get(last) + " ("
                        + (last + 1) + ")"))
                .row(Cell.text("Largest |S - (t - k)/(n - k)|, at " + periods.get(dev)),
                        Cell.number(Math.abs(squares[dev] - expected[dev]), 4))
                .row(Cell.text("5% critical value c0"), Cell.number(critical, 4))
                .row(Cell.text("First period outside the 5% bounds"),
                        Cell.text(runs.isEmpty() ? "none (stable)" : firstCrossing()))
                .row(Cell.text("Periods outside the 5% bounds"),
                        Cell.text(runs.isEmpty() ? "none" : String.join(", ", runs)))
                .note("Brown, Durbin and Evans (1975); bounds (t - k)/(n - k) ± c0, c0 by Edgerton and Wells (1994)"
                        + " for n' = (n - k)/2 - 1 = " + NumberFormats.general(0.5 * (last + 1) - 1) + ".")
                .build();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", periods);
        m.put("cusum_squares", Arrays.stream(squares).boxed().toList());
        m.put("expected", Arrays.stream(expected).boxed().toList());
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (int i = 0; i < squares.length; i++) {
            lo.add(lower(i));
            hi.add(upper(i));
        }
        m.put("lower", lo);
        m.put("upper", hi);
        m.put("critical", critical);
        int dev = largestDeviation();
        m.put("largest_deviation", Math.abs(squares[dev] - expected[dev]));
        m.put("largest_deviation_at", periods.get(dev));
        m.put("first_crossing", firstCrossing());
        m.put("outside", outsideRuns());
        return m;
    }
}
