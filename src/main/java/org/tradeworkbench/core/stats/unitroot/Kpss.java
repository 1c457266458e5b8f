package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.TimeIndex;
import java.util.List;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The Kwiatkowski-Phillips-Schmidt-Shin test of level or trend stationarity, as statsmodels' {@code kpss}: the
 * partial-sum statistic over a Newey-West (Bartlett) long-run variance, p-value by linear interpolation in
 * Kwiatkowski et al. (1992), Table 1.
 */
public final class Kpss {
    private static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};
    private static final double[] CRIT_LEVEL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] CRIT_TREND = {0.119, 0.146, 0.176, 0.216};

    private Kpss() {
    }

    /** Tests gap-free values named {@code x}. */
    public static KpssResult test(double[] values, UnitRootTrend trend, KpssLags lags) {
        return test(TimeSeriesSample.trim("x", values, null), trend, lags, 0);
    }

    public static KpssResult test(String name, double[] values, TimeIndex index, UnitRootTrend trend, KpssLags lags,
                                  int diff) {
        return test(TimeSeriesSample.trim(name, values, index), trend, lags, diff);
    }

    public static KpssResult test(Dataset data, String expression, UnitRootTrend trend, KpssLags lags, int diff) {
        return test(TimeSeriesSample.of(data, expression), trend, lags, diff);
    }

    /** Tests the {@code diff}-th difference (0..3) of a trimmed sample. */
    public static KpssResult test(TimeSeriesSample level, UnitRootTrend trend, KpssLags lagRule, int diff) {
        if (trend == UnitRootTrend.NONE) {
            throw new IllegalArgumentException("KPSS tests level (c) or trend (ct) stationarity");
        }
        if (diff < 0 || diff > AdfSpec.MAX_DIFF) {
            throw new IllegalArgumentException("the order of differencing must be 0.." + AdfSpec.MAX_DIFF);
        }
        // Presample values serve for the differences only: the KPSS regression is on the sample itself.
        TimeSeriesSample sample = level.keepPresample(diff).differenced(diff);
        String tested = Adf.differencedName(level.name(), diff);
        double[] x = sample.values();
        int n = x.length;
        if (n < 3) {
            throw new DataException("KPSS on " + tested + ": " + n + " observations are too few");
        }
        double[] resid = trend == UnitRootTrend.CONSTANT ? demeaned(x) : detrended(x);
        int lags;
        if (lagRule.isFixed()) {
            lags = lagRule.fixed();
            if (lags >= n) {
                throw new DataException("KPSS on " + tested + ": lags (" + lags + ") must be fewer than the "
                        + n + " observations");
            }
        } else if (lagRule.rule().equals("legacy")) {
            lags = Math.min((int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25)), n - 1);
        } else {
            lags = Math.min(hobijnLags(resid), n - 1);
        }
        double eta = 0;
        double cum = 0;
        for (double r : resid) {
            cum += r;
            eta += cum * cum;
        }
        eta /= (double) n * n;
        double sHat = longRunVariance(resid, lags);
        if (!(sHat > 0)) {
            throw new DataException("KPSS on " + tested + ": the long-run variance estimate is not positive "
                    + "(the series has no variation around its " + (trend == UnitRootTrend.CONSTANT ? "mean" : "trend")
                    + ")");
        }
        double stat = eta / sHat;
        double[] crit = (trend == UnitRootTrend.CONSTANT ? CRIT_LEVEL : CRIT_TREND).clone();
        boolean beyond = stat < crit[0] || stat > crit[3];
        return new KpssResult(level.name(), tested, trend, lagRule, stat, interpolate(stat, crit), beyond, lags, n,
                crit, sample.label(0), sample.label(n - 1));
    }

    /** numpy's {@code interp(stat, crit, levels)}: linear inside, the end values outside. */
    static double interpolate(double stat, double[] crit) {
        if (stat <= crit[0]) {
            return LEVELS[0];
        }
        if (stat >= crit[crit.length - 1]) {
            return LEVELS[LEVELS.length - 1];
        }
        int i = 0;
        while (stat > crit[i + 1]) {
            i++;
        }
        double w = (stat - crit[i]) / (crit[i + 1] - crit[i]);
        return LEVELS[i] + w * (LEVELS[i + 1] - LEVELS[i]);
    }

    /** Equation 10 of Kwiatkowski et al. (1992) with Bartlett weights. */
    private static double longRunVariance(double[] e, int lags) {
        int n = e.length;
        double s = 0;
        for (double v : e) {
            s += v * v;
        }
        for (int i = 1; i <= lags; i++) {
            s += 2 * autoProduct(e, i) * (1.0 - i / (lags + 1.0));
        }
        return s / n;
    }

    /** Hobijn, Franses and Ooms (1998) automatic bandwidth for the Bartlett kernel. */
    private static int hobijnLags(double[] e) {
        int n = e.length;
        int covLags = (int) Math.pow(n, 2.0 / 9.0);
        double s0 = 0;
        for (double v : e) {
            s0 += v * v;
        }
        s0 /= n;
        double s1 = 0;
        for (int i = 1; i <= covLags; i++) {
            double prod = autoProduct(e, i) / (n / 2.0);
            s0 += prod;
            s1 += i * prod;
        }
        double sHat = s1 / s0;
        double gamma = 1.1447 * Math.pow(sHat * sHat, 1.0 / 3.0);
        return (int) (gamma * Math.pow(n, 1.0 / 3.0));
    }

    private static double autoProduct(double[] e, int lag) {
        double s = 0;
        for (int t = lag; t < e.length; t++) {
            s += e[t] * e[t - lag];
        }
        return s;
    }

    private static double[] demeaned(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] - m;
        }
        return r;
    }

    /** Residuals of x on a constant and the trend 1..n (by QR). */
    private static double[] detrended(double[] x) {
        int n = x.length;
        double[] ones = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            ones[i] = 1;
            t[i] = i + 1;
        }
        return LeastSquares.fit(DesignMatrix.ofColumns(List.of("const", "trend"), List.of(ones, t)), x).residuals();
    }
}
