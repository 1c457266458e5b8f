package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Samples;
import org.tradeworkbench.core.expr.Expression;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.HouseholderQr;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.Distributions;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;
import org.tradeworkbench.core.stats.ols.WaldRestrictions;
import org.tradeworkbench.core.stats.ols.WaldResult;

/**
 * Granger causality by comparing two least-squares regressions of the effect over the same observations: on a
 * constant and its own lags 1..p (restricted), and with lags 1..p of the cause added (unrestricted). As
 * statsmodels' {@code grangercausalitytests} and R's {@code lmtest::grangertest}, the sample for lag p starts p
 * periods after the first observation.
 */
public final class Granger {
    private Granger() {
    }

    /**
     * A pair of series over their common time-series sample (leading and trailing gaps trimmed), with the first
     * {@code presample} values from before the sample's start when the data offer presample values.
     */
    record Pair(String cause, double[] causeValues, String effect, double[] effectValues, String[] labels,
            int presample) {

        /** The pair with at most {@code k} values before the sample's start (the earliest dropped). */
        Pair keepPresample(int k) {
            int drop = Math.max(0, presample - k);
            if (drop == 0) {
                return this;
            }
            int n = labels.length;
            return new Pair(cause, java.util.Arrays.copyOfRange(causeValues, drop, n), effect,
                    java.util.Arrays.copyOfRange(effectValues, drop, n), java.util.Arrays.copyOfRange(labels, drop, n),
                    presample - drop);
        }
    }

    /**
     * Both directions at lag order {@code lags}: the first statistic tests "cause does not Granger-cause
     * effect", the second the reverse.
     */
    public static GrangerResult test(Dataset data, String cause, String effect, int lags) {
        Pair p = pair(data, cause, effect).keepPresample(lags);
        GrangerStatistic forward = compute(p.cause(), p.causeValues(), p.effect(), p.effectValues(), lags,
                p.labels());
        GrangerStatistic reverse = compute(p.effect(), p.effectValues(), p.cause(), p.causeValues(), lags,
                p.labels());
        return new GrangerResult(forward, reverse);
    }

    /**
     * Evaluates both expressions and cuts them to the span where both have values; a gap inside is an error. With
     * presample values ({@link Dataset#extended()}) the expressions are evaluated on the whole data and the span
     * reaches back before the sample's start to the first gap.
     */
    static Pair pair(Dataset data, String cause, String effect) {
        String c = cause.trim();
        String e = effect.trim();
        if (c.equals(e)) {
            throw new DataException("the cause and the effect are the same series (" + c + ")");
        }
        Dataset whole = data.extended();
        double[] cv = Expression.parse(c).evaluate(whole);
        double[] ev = Expression.parse(e).evaluate(whole);
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(c, cv);
        m.put(e, ev);
        Samples.Range r;
        int presample = 0;
        if (data.usesPresample()) {
            Samples.Presampled p = Samples.contiguous(whole.index(), m, data.presampleRows(), Integer.MAX_VALUE);
            r = p.range();
            presample = p.presample();
        } else {
            r = Samples.contiguous(data.index(), m);
        }
        String[] labels = new String[r.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = whole.index().label(r.first() + i);
        }
        return new Pair(c, r.extract(cv), e, r.extract(ev), labels, presample);
    }

    /**
     * The test on consecutive observations (no missing values).
     *
     * @param labels period labels of the observations, or {@code null} to number them 1..n
     */
    public static GrangerStatistic compute(String cause, double[] x, String effect, double[] y, int lags,
            String[] labels) {
        if (lags < 1) {
            throw new DataException("the lag order must be at least 1, got " + lags);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of different lengths");
        }
        int n = y.length;
        int nobs = n - lags;
        int dfDenom = nobs - 2 * lags - 1;
        if (dfDenom < 1) {
            throw new DataException("too few observations for a Granger test of " + cause + " on " + effect
                    + " with " + lags + " lag" + (lags == 1 ? "" : "s") + ": " + n + " periods, at least "
                    + (3 * lags + 2) + " needed");
        }
        double[] ssr = nestedSsr(cause, x, effect, y, lags);
        double ssrR = ssr[0];
        double ssrU = ssr[1];
        return statistic(cause, effect, lags, n, ssrR, ssrU, labels);
    }

    /** The statistic from the two SSRs of a test at order {@code lags} on {@code n} consecutive periods. */
    static GrangerStatistic statistic(String cause, String effect, int lags, int n, double ssrR, double ssrU,
            String[] labels) {
        int nobs = n - lags;
        int dfDenom = nobs - 2 * lags - 1;
        double f = (ssrR - ssrU) / ssrU / lags * dfDenom;
        double chi2 = nobs * (ssrR - ssrU) / ssrU;
        String start = labels == null ? Integer.toString(lags + 1) : labels[lags];
        String end = labels == null ? Integer.toString(n) : labels[n - 1];
        return new GrangerStatistic(cause, effect, lags, nobs, f, lags, dfDenom, Distributions.fUpper(f, lags,
                dfDenom), chi2, Distributions.chiSquareUpper(chi2, lags), ssrR, ssrU, start, end,
                CovarianceType.CLASSICAL.label());
    }

    /**
     * The test with the coefficient covariance of {@code options} (classical: {@link #compute}): the Wald F of the
     * cause's lags in the unrestricted regression, W / q on (q, n - k) degrees of freedom, and W as chi-square(q),
     * as R {@code lmtest::waldtest(unrestricted, restricted, vcov = V, test = "F")}. The SSRs are the fits' own.
     */
    public static GrangerStatistic compute(String cause, double[] x, String effect, double[] y, int lags,
            String[] labels, OlsOptions options) {
        GrangerStatistic classical = compute(cause, x, effect, y, lags, labels);
        if (options.covariance() == CovarianceType.CLASSICAL) {
            return classical;
        }
        int n = y.length;
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int l = 1; l <= lags; l++) {
            names.add(effect + "(-" + l + ")");
            columns.add(java.util.Arrays.copyOfRange(y, lags - l, n - l));
        }
        for (int l = 1; l <= lags; l++) {
            names.add(cause + "(-" + l + ")");
            columns.add(java.util.Arrays.copyOfRange(x, lags - l, n - l));
        }
        String[] rowLabels = new String[n - lags];
        for (int i = 0; i < rowLabels.length; i++) {
            rowLabels[i] = labels == null ? Integer.toString(lags + 1 + i) : labels[lags + i];
        }
        OlsOptions o = options.withConstant(true);
        OlsResult fit = Ols.fit(effect, java.util.Arrays.copyOfRange(y, lags, n), names, columns, o, rowLabels);
        int k = 1 + 2 * lags;
        double[][] r = new double[lags][k];
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < lags; l++) {
            r[l][1 + lags + l] = 1;
            text.append(l == 0 ? "" : ", ").append(names.get(lags + l)).append(" = 0");
        }
        WaldResult w = WaldResult.of(fit, new WaldRestrictions(text.toString(), r, new double[lags]));
        if (!Double.isFinite(w.f())) {
            throw new DataException("the " + fit.covarianceText() + " Granger test of " + cause + " on " + effect
                    + " with " + lags + " lag" + (lags == 1 ? "" : "s") + " is undefined (no finite Wald statistic)");
        }
        return new GrangerStatistic(cause, effect, lags, classical.nobs(), w.f(), w.df1(), w.df2(), w.fPValue(),
                w.chiSquare(), w.chiSquarePValue(), classical.ssrRestricted(), classical.ssrUnrestricted(),
                classical.sampleStart(), classical.sampleEnd(), fit.covarianceText());
    }

    /** The smallest number of periods a test at order {@code lags} needs. */
    static int minimumLength(int lags) {
        return 3 * lags + 2;
    }

    /**
     * The restricted and unrestricted SSR from one Householder QR of the unrestricted design, ordered constant,
     * effect lags, cause lags: with {@code c = Q'y}, the SSR on the first {@code m} columns is the sum of squares
     * of {@code c[m..]}, so the restricted model costs nothing beyond the unrestricted one.
     */
    private static double[] nestedSsr(String cause, double[] x, String effect, double[] y, int lags) {
        int n = y.length;
        int nobs = n - lags;
        int k = 1 + 2 * lags;
        double[] v = new double[nobs * k];
        java.util.Arrays.fill(v, 0, nobs, 1.0);
        for (int l = 1; l <= lags; l++) {
            System.arraycopy(y, lags - l, v, l * nobs, nobs);
            System.arraycopy(x, lags - l, v, (lags + l) * nobs, nobs);
        }
        List<String> names = new ArrayList<>(k);
        names.add("const");
        for (int l = 1; l <= lags; l++) {
            names.add(effect + "(-" + l + ")");
        }
        for (int l = 1; l <= lags; l++) {
            names.add(cause + "(-" + l + ")");
        }
        DesignMatrix design = new DesignMatrix(nobs, k, v, names);
        HouseholderQr qr = HouseholderQr.factor(design, HouseholderQr.DEFAULT_TOLERANCE, true);
        if (qr.firstDependent() >= 0) {
            // A collinear design: the separate fits name the offending regressor (the restricted one first).
            DesignMatrix restricted = new DesignMatrix(nobs, 1 + lags,
                    java.util.Arrays.copyOf(v, nobs * (1 + lags)), names.subList(0, 1 + lags));
            double[] target = java.util.Arrays.copyOfRange(y, lags, n);
            LeastSquares.fit(restricted, target);
            LeastSquares.fit(design, target);
            throw new IllegalStateException("the QR found a dependent column the least-squares fit accepts");
        }
        double[] c = java.util.Arrays.copyOfRange(y, lags, n);
        qr.applyQTranspose(c);
        return new double[] {sumOfSquares(c, 1 + lags), sumOfSquares(c, k)};
    }

    /** Compensated sum of squares of {@code c[from..]}. */
    private static double sumOfSquares(double[] c, int from) {
        return LeastSquares.sumOfSquares(java.util.Arrays.copyOfRange(c, from, c.length));
    }
}
