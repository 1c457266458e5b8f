package org.tradeworkbench.core.stats.unitroot;

import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The Phillips-Perron (1988) unit-root test as R urca's {@code ur.pp}: the regression of y_t on a constant,
 * y_{t-1} (and the trend t - n/2), its residuals' Bartlett long-run variance, and the Z-tau and Z-alpha
 * statistics in Phillips and Perron's closed forms, whose correction terms use the moments of y_t (urca's
 * choice; Stata and EViews use the regression's own standard error instead, see docs/unit-roots.md).
 *
 * <p>Z-tau has the Dickey-Fuller tau's asymptotic distribution: its p-value is MacKinnon's (1994) and its
 * critical values MacKinnon's (1991) response surface, as urca reports them. Z-alpha has the distribution of the
 * normalised bias n(rho - 1): with a trend its critical values are Fuller's (1976) Table 8.5.1, interpolated in n
 * as R tseries' {@code pp.test} does; with a constant only no table is implemented and none is reported, nor a
 * p-value.
 */
public final class PhillipsPerron {
    // MacKinnon (1991), Table 1, N = 1: b0 + b1/n + b2/n^2 at 1%, 5%, 10% (the values urca's ur.pp uses).
    private static final double[][] TAU_CONSTANT = {{-3.4335, -5.999, -29.25}, {-2.8621, -2.738, -8.36},
        {-2.5671, -1.438, -4.48}};
    private static final double[][] TAU_TREND = {{-3.9638, -8.353, -47.44}, {-3.4126, -4.039, -17.83},
        {-3.1279, -2.418, -7.58}};
    // Fuller (1976), Table 8.5.1, n(rho - 1) with a constant and trend, at 1%, 5%, 10% for the sample sizes
    // below (the last one stands for infinity), as in R tseries' pp.test.
    private static final double[] FULLER_SIZES = {25, 50, 100, 250, 500, 100000};
    private static final double[][] FULLER_ALPHA_TREND = {
        {-22.5, -25.7, -27.4, -28.4, -28.9, -29.5},
        {-17.9, -19.8, -20.7, -21.3, -21.5, -21.8},
        {-15.6, -16.8, -17.5, -18.0, -18.1, -18.3},
    };

    private PhillipsPerron() {
    }

    /** Tests gap-free values named {@code x}, with no time index. */
    public static PhillipsPerronResult test(double[] y, PhillipsPerronSpec spec) {
        return test(TimeSeriesSample.trim("x", y, null), spec);
    }

    /** Tests a trimmed sample (see {@link TimeSeriesSample#trim}). */
    public static PhillipsPerronResult test(TimeSeriesSample tested, PhillipsPerronSpec spec) {
        // A presample value serves as the lagged level of the sample's first observation, no more.
        TimeSeriesSample sample = tested.keepPresample(1);
        double[] x = sample.values();
        String name = sample.name();
        UnitRootTrend trend = spec.trend();
        int n = x.length - 1;
        int k = trend.termCount() + 1;
        if (n <= k) {
            throw new DataException("Phillips-Perron on " + name + ": " + x.length
                    + (x.length == 1 ? " observation is" : " observations are") + " too few for the test with "
                    + trend.description() + " (at least " + (k + 2) + " needed)");
        }
        if (isConstant(x)) {
            throw new DataException("series " + name + " is constant: the Phillips-Perron test needs a varying "
                    + "series");
        }
        int lags = spec.lags().truncation(n);
        if (lags >= n) {
            throw new DataException("Phillips-Perron on " + name + ": the truncation lag " + lags
                    + " must be smaller than the " + n + " observations of the test regression");
        }
        double[] y = new double[n];
        double[] lagged = new double[n];
        double[] ones = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = x[i + 1];
            lagged[i] = x[i];
            ones[i] = 1;
            t[i] = (i + 1) - n / 2.0;
        }
        DesignMatrix design = trend == UnitRootTrend.CONSTANT
                ? DesignMatrix.ofColumns(List.of("const", name + "(-1)"), List.of(ones, lagged))
                : DesignMatrix.ofColumns(List.of("const", name + "(-1)", "trend"), List.of(ones, lagged, t));
        LeastSquaresFit fit;
        try {
            fit = LeastSquares.fit(design, y);
        } catch (DataException e) {
            throw new DataException("Phillips-Perron on " + name + ": the lagged level is a linear function of "
                    + "the " + trend.description() + " (" + e.getMessage() + "), so the test regression has no "
                    + "unique solution");
        }
        double ssr = fit.ssr();
        double centred = centredSumOfSquares(y);
        if (ssr <= 1e-24 * centred) {
            throw new DataException("Phillips-Perron on " + name + ": the test regression fits the data exactly "
                    + "(a deterministic series), so the statistics are undefined");
        }
        double[] res = fit.residuals();
        double s = ssr / n;
        double sig = s;
        for (int l = 1; l <= lags; l++) {
            double prod = 0;
            for (int i = l; i < n; i++) {
                prod += res[i] * res[i - l];
            }
            sig += 2.0 / n * (1.0 - l / (lags + 1.0)) * prod;
        }
        if (!(sig > 0)) {
            throw new DataException("Phillips-Perron on " + name + ": the long-run variance of the residuals is "
                    + "not positive with " + lags + " lags; choose another truncation lag");
        }
        double lambda = 0.5 * (sig - s);
        double lambdaPrime = lambda / sig;
        double alpha = fit.coefficient(1);
        double tstat = (alpha - 1) / fit.standardErrors()[1];
        double moment = trend == UnitRootTrend.CONSTANT ? centred / ((double) n * n) : trendMoment(y);
        if (!(moment > 0)) {
            throw new DataException("Phillips-Perron on " + name + ": the series has no variation around its "
                    + (trend == UnitRootTrend.CONSTANT ? "mean" : "trend") + ", so the statistics are undefined");
        }
        double zTau = Math.sqrt(s / sig) * tstat - lambdaPrime * Math.sqrt(sig) / Math.sqrt(moment);
        double zAlpha = n * (alpha - 1) - lambda / moment;
        boolean tau = spec.statistic() == PhillipsPerronSpec.Statistic.Z_TAU;
        UnitRootCriticalValues cv;
        String source;
        Double p;
        if (tau) {
            cv = responseSurface(trend == UnitRootTrend.CONSTANT ? TAU_CONSTANT : TAU_TREND, n);
            source = "MacKinnon (1991), Table 1, at n = " + n + " (as R urca's ur.pp)";
            p = MacKinnon.pValue(zTau, trend);
        } else if (trend == UnitRootTrend.CONSTANT_TREND) {
            cv = fullerTrend(n);
            source = "Fuller (1976), Table 8.5.1, interpolated at n = " + n + " (as R tseries' pp.test)";
            p = null;
        } else {
            cv = null;
            source = "none: no published table for Z-alpha with a constant is implemented (urca reports none)";
            p = null;
        }
        return new PhillipsPerronResult(name, spec, tau ? zTau : zAlpha, p, cv, source, zTau, zAlpha, lags, n,
                s, sig, sample.label(1), sample.label(n));
    }

    /**
     * Phillips and Perron's M for the trend case, in urca's form: (1 - 1/n^2) m_yy - 12 m_ty^2
     * + 12 (1 + 1/n) m_ty m_y - (4 + 6/n + 2/n^2) m_y^2 with m_yy = n^-2 sum y^2, m_ty = n^-5/2 sum t y,
     * m_y = n^-3/2 sum y.
     */
    private static double trendMoment(double[] y) {
        int n = y.length;
        double sy = 0;
        double syy = 0;
        double sty = 0;
        for (int i = 0; i < n; i++) {
            sy += y[i];
            syy += y[i] * y[i];
            sty += (i + 1) * y[i];
        }
        double dn = n;
        double myy = syy / (dn * dn);
        double mty = sty / Math.pow(dn, 2.5);
        double my = sy / Math.pow(dn, 1.5);
        return (1 - 1 / (dn * dn)) * myy - 12 * mty * mty + 12 * (1 + 1 / dn) * mty * my
                - (4 + 6 / dn + 2 / (dn * dn)) * my * my;
    }

    private static UnitRootCriticalValues responseSurface(double[][] b, int n) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = b[i][0] + b[i][1] / n + b[i][2] / ((double) n * n);
        }
        return new UnitRootCriticalValues(v[0], v[1], v[2]);
    }

    /** Linear interpolation in the sample size, the end rows beyond the table (R's approx with rule = 2). */
    private static UnitRootCriticalValues fullerTrend(int n) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = interpolate(FULLER_SIZES, FULLER_ALPHA_TREND[i], n);
        }
        return new UnitRootCriticalValues(v[0], v[1], v[2]);
    }

    static double interpolate(double[] xs, double[] ys, double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[xs.length - 1]) {
            return ys[ys.length - 1];
        }
        int i = 0;
        while (x > xs[i + 1]) {
            i++;
        }
        double w = (x - xs[i]) / (xs[i + 1] - xs[i]);
        return ys[i] + w * (ys[i + 1] - ys[i]);
    }

    private static double centredSumOfSquares(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double s = 0;
        for (double v : y) {
            s += (v - m) * (v - m);
        }
        return s;
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
