package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Quandt's likelihood-ratio (sup-F) test for a break in every coefficient at an unknown date (Quandt 1960, Andrews
 * 1993): the Chow F at each candidate date and its maximum. Candidate dates as gretl's {@code qlrtest} (which
 * agrees with R strucchange's {@code Fstats(from = 0.15, to = 0.85)}): with trimming π and n observations, the
 * second regime starts at observations floor(π n) to floor((1 - π) n) (1-based).
 *
 * @param trimming  the share π trimmed at each end
 * @param dfNum     k, the coefficients allowed to change
 * @param dfDen     n - 2k
 * @param maxF      the largest Chow F
 * @param breakAt   the first period of the second regime at the maximum
 * @param periods   the candidate periods (first of the second regime)
 * @param fStats    the Chow F at each candidate
 * @param lambda    λ of the candidate range (Andrews 1993), from floor(π n) and floor((1 - π) n) as gretl's
 *                  {@code qlrtest} and strucchange's {@code Fstats(from = π, to = 1 - π)}
 * @param pValue    the asymptotic p-value of k max F (Andrews 1993, Hansen 1997); NaN beyond Hansen's 40
 *                  restrictions
 * @param covariance the covariance of the Wald statistics: classical (the Chow F), or the model's HC or HAC
 *                  covariance, whose Wald statistic W at each candidate is that of the k regime-2 coefficients of
 *                  the regression with every term interacted with the second regime (strucchange's
 *                  {@code Fstats(vcov. = …)}, gretl's {@code qlrtest} after {@code ols --robust}); then the F
 *                  values are W / k
 */
public record QlrResult(double trimming, int dfNum, int dfDen, double maxF, String breakAt, List<String> periods,
        double[] fStats, double lambda, double pValue, CovarianceType covariance) {

    /** Whether the statistics are robust Wald statistics rather than Chow's F. */
    public boolean robust() {
        return covariance != CovarianceType.CLASSICAL;
    }

    /** Whether Hansen's table covers this many coefficients (so that {@link #pValue()} is a number). */
    public boolean hasPValue() {
        return dfNum <= SupWaldPValue.MAX_RESTRICTIONS;
    }

    /** The Wald (chi-square) form k · max F, gretl's {@code $test}. */
    public double chiSquare() {
        return dfNum * maxF;
    }

    /** The sup-F over the candidate dates of {@code r} with trimming {@code trim} (0 < trim < 0.5). */
    public static QlrResult of(OlsResult r, double trim) {
        if (!(trim > 0 && trim < 0.5)) {
            throw new DataException("the QLR trimming must be between 0 and 0.5 (0.15 trims 15% at each end), got "
                    + trim);
        }
        String[] labels = r.sample().labels();
        int n = labels.length;
        DesignMatrix x = r.design();
        int k = x.cols();
        int first = (int) Math.floor(trim * n) - 1;
        int last = (int) Math.floor((1 - trim) * n) - 1;
        if (first <= k || n - last <= k || last < first) {
            throw new DataException("the QLR test with " + Math.round(trim * 100) + "% trimming needs each regime to"
                    + " have more than the " + k + " coefficients: the sample " + labels[0] + " to " + labels[n - 1]
                    + " has " + n + " observations, so the first candidate break leaves " + Math.max(first, 0)
                    + " before it; use a longer sample or more trimming");
        }
        double ssr = r.ssr();
        int dfDen = n - 2 * k;
        double[] f = new double[last - first + 1];
        List<String> periods = new ArrayList<>();
        int best = 0;
        CovarianceType cov = r.options().covariance();
        for (int b = first; b <= last; b++) {
            double within = subsampleSsr(x, r.y(), 0, b, labels) + subsampleSsr(x, r.y(), b, n, labels);
            double fb = cov == CovarianceType.CLASSICAL ? ((ssr - within) / k) / (within / dfDen)
                    : robustWald(r, b) / k;
            f[b - first] = fb;
            periods.add(labels[b]);
            if (fb > f[best]) {
                best = b - first;
            }
        }
        double lambda = SupWaldPValue.lambda(n, trim);
        double p = k <= SupWaldPValue.MAX_RESTRICTIONS ? SupWaldPValue.upper(k * f[best], k, lambda) : Double.NaN;
        return new QlrResult(trim, k, dfDen, f[best], periods.get(best), List.copyOf(periods), f, lambda, p, cov);
    }

    /** The Wald statistic of the regime-2 shifts at {@code b} with the model's own (HC or HAC) covariance. */
    private static double robustWald(OlsResult r, int b) {
        DesignMatrix x = r.design();
        int k = x.cols();
        int n = x.rows();
        String[] labels = r.sample().labels();
        List<String> names = new ArrayList<>(x.names());
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            cols.add(x.column(j).clone());
        }
        for (int j = 0; j < k; j++) {
            double[] c = new double[n];
            for (int i = b; i < n; i++) {
                c[i] = x.get(i, j);
            }
            cols.add(c);
            names.add(x.names().get(j) + " from " + labels[b]);
        }
        OlsOptions o = r.options();
        OlsResult shifted;
        try {
            shifted = Ols.fit(r.dependent(), r.y(), names, cols,
                    new OlsOptions(false, o.covariance(), o.hacLags(), 1, 0, 0, null, o.hac()), r.sample());
        } catch (DataException e) {
            throw new DataException("the robust QLR test cannot use the " + o.covariance().label() + " covariance at"
                    + " the candidate break " + labels[b] + ": " + e.getMessage()
                    + "; use more trimming or another covariance");
        }
        int[] idx = new int[k];
        for (int j = 0; j < k; j++) {
            idx[j] = k + j;
        }
        double[] coef = shifted.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();
        double w = k * Ols.waldF(coef, shifted.covariance(), idx);
        if (!Double.isFinite(w) || w < 0) {
            throw new DataException("the robust QLR test cannot form the Wald statistic at the candidate break "
                    + labels[b] + ": the " + o.covariance().label() + " covariance of the shifts is singular there;"
                    + " use more trimming or the classical covariance");
        }
        return w;
    }

    private static double subsampleSsr(DesignMatrix x, double[] y, int from, int to, String[] labels) {
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < x.cols(); j++) {
            cols.add(Arrays.copyOfRange(x.column(j), from, to));
        }
        LeastSquaresFit fit = LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(x.names(), cols),
                Arrays.copyOfRange(y, from, to));
        if (fit.keptColumns().length < x.cols()) {
            List<String> lost = new ArrayList<>(x.names());
            for (int j : fit.keptColumns()) {
                lost.remove(x.names().get(j));
            }
            throw new DataException("the QLR test cannot split the sample at " + labels[from == 0 ? to : from]
                    + ": on " + labels[from] + " to " + labels[to - 1] + " the regressors are collinear ("
                    + String.join(", ", lost) + " depends on the others); trim more or drop the regressor");
        }
        return fit.ssr();
    }

    /** The table the tab and {@code ols} show. */
    public ResultTable table() {
        ResultTable.Builder t = ResultTable.builder("Quandt likelihood-ratio test (break at an unknown date)",
                "Statistic", "Value")
                .row(Cell.text("Trimming"), Cell.number(trimming, 2))
                .row(Cell.text("Candidate breaks"), Cell.text(periods.get(0) + " to " + periods.get(periods.size() - 1)));
        if (robust()) {
            t.row(Cell.text("max Wald (" + covariance.label() + ")"), Cell.number(chiSquare(), 4))
                    .row(Cell.text("Break at"), Cell.text(breakAt));
        } else {
            t.row(Cell.text("max F(" + dfNum + ", " + dfDen + ")"), Cell.number(maxF, 4))
                    .row(Cell.text("Break at"), Cell.text(breakAt))
                    .row(Cell.text("chi-square(" + dfNum + ") = k max F"), Cell.number(chiSquare(), 4));
        }
        return t.row(Cell.text("Asymptotic p-value"), hasPValue() ? Cell.pValue(pValue)
                        : Cell.text("not available for more than " + SupWaldPValue.MAX_RESTRICTIONS + " coefficients"))
                .note("Second regime from the break date on; every coefficient may change."
                        + (robust() ? " Robust Wald statistics of the " + dfNum + " shifts with the model's covariance"
                        + " (the interacted regression's)." : "")
                        + " p-value: Andrews (1993) sup-Wald distribution, Hansen's (1997) approximation, lambda = "
                        + org.tradeworkbench.core.report.NumberFormats.general(Math.round(lambda * 1e4) / 1e4) + ".")
                .build();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trimming", trimming);
        m.put("first_candidate", periods.get(0));
        m.put("last_candidate", periods.get(periods.size() - 1));
        m.put("df_num", dfNum);
        m.put("df_den", dfDen);
        m.put("max_f", maxF);
        m.put("break", breakAt);
        m.put("chi_square", chiSquare());
        m.put("lambda", lambda);
        m.put("p_value", hasPValue() ? pValue : null);
        m.put("covariance", covariance.key());
        List<Double> fs = new ArrayList<>();
        for (double v : fStats) {
            fs.add(v);
        }
        m.put("f", fs);
        return m;
    }
}
