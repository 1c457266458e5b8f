package org.tradeworkbench.core.stats.unitroot;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The DF-GLS unit-root test of Elliott, Rothenberg and Stock (1996), as R urca's {@code ur.ers(type = "DF-GLS")}:
 * the series is detrended by GLS on the quasi-differences with a = 1 + c-bar / T (c-bar = -7 with a constant,
 * -13.5 with a trend), then the Dickey-Fuller regression without deterministic terms is fitted to the detrended
 * series; the statistic is the t-ratio of its lagged level.
 *
 * <p>urca uses a fixed number of lags; here the order can also be chosen by Ng and Perron's (2001) MAIC, AIC or
 * BIC on the common sample of the largest order, then the chosen order is re-estimated on the longest sample it
 * allows (the regression urca fits for that fixed order). Critical values are urca's: with a constant the
 * MacKinnon (1991) no-constant response surface at T, as Elliott, Rothenberg and Stock recommend; with a trend
 * their Table 1 at the row urca picks for T. No p-value is reported.
 */
public final class DfGls {
    // MacKinnon (1991), Table 1, N = 1 without a constant: b0 + b1/T + b2/T^2 at 1%, 5%, 10% (urca's values).
    private static final double[][] TAU_NO_CONSTANT = {{-2.5658, -1.96, -10.04}, {-1.9393, -0.398, 0},
        {-1.6156, -0.181, 0}};
    // Elliott, Rothenberg and Stock (1996), Table 1, DF-GLS with a trend, rows T = 50, 100, 200, infinity.
    private static final double[][] ERS_TREND = {{-3.77, -3.19, -2.89}, {-3.58, -3.03, -2.74},
        {-3.46, -2.93, -2.64}, {-3.48, -2.89, -2.57}};
    private static final String[] ERS_ROWS = {"T = 50", "T = 100", "T = 200", "T = infinity"};

    private DfGls() {
    }

    /** Tests gap-free values named {@code x}, with no time index. */
    public static DfGlsResult test(double[] y, DfGlsSpec spec) {
        return test(TimeSeriesSample.trim("x", y, null), spec);
    }

    /** Tests a trimmed sample (see {@link TimeSeriesSample#trim}). */
    public static DfGlsResult test(TimeSeriesSample tested, DfGlsSpec spec) {
        // GLS detrending is over the sample: presample values serve for differences only.
        TimeSeriesSample sample = tested.keepPresample(0);
        double[] y = sample.values();
        String name = sample.name();
        int n = y.length;
        UnitRootTrend trend = spec.trend();
        int limit = n / 2 - trend.termCount() - 1;
        if (limit < 0 || n < 4) {
            throw new DataException("DF-GLS on " + name + ": " + n + (n == 1 ? " observation is" : " observations are")
                    + " too few for the test with " + trend.description() + " (at least "
                    + Math.max(4, 2 * (trend.termCount() + 1)) + " needed)");
        }
        if (isConstant(y)) {
            throw new DataException("series " + name + " is constant: the DF-GLS test needs a varying series");
        }
        double[] yd = detrend(name, y, trend, spec.cBar());
        // A series that is its deterministic part (a straight line with the trend) leaves only rounding noise,
        // from which any statistic would be meaningless.
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double spread = 0;
        double left = 0;
        for (int t = 0; t < n; t++) {
            spread += (y[t] - mean) * (y[t] - mean);
            left += yd[t] * yd[t];
        }
        if (left <= 1e-20 * spread) {
            throw new DataException("DF-GLS on " + name + ": the series is exactly its " + trend.description()
                    + " (a straight line), so nothing is left to test once it is GLS-detrended");
        }
        int lags;
        int maxLag = -1;
        double[] byLag = new double[0];
        if (spec.isAutoLag()) {
            maxLag = spec.maxLag() != null ? spec.maxLag()
                    : Math.min((int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25)), limit);
            checkLags(name, n, trend, maxLag, limit, "maximum lag");
            byLag = new double[maxLag + 1];
            int best = 0;
            for (int k = 0; k <= maxLag; k++) {
                byLag[k] = criterion(name, yd, k, maxLag, spec.criterion());
                if (byLag[k] < byLag[best]) {
                    best = k;
                }
            }
            lags = best;
        } else {
            lags = spec.fixedLags();
            checkLags(name, n, trend, lags, limit, "number of lags");
        }
        LeastSquaresFit fit = fit(name, yd, lags, lags);
        double stat = fit.tValues()[0];
        List<Double> criteria = new ArrayList<>();
        for (double v : byLag) {
            criteria.add(v);
        }
        List<Double> detrended = new ArrayList<>();
        for (double v : yd) {
            detrended.add(v);
        }
        UnitRootCriticalValues cv;
        String source;
        if (trend == UnitRootTrend.CONSTANT) {
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                double[] b = TAU_NO_CONSTANT[i];
                v[i] = b[0] + b[1] / n + b[2] / ((double) n * n);
            }
            cv = new UnitRootCriticalValues(v[0], v[1], v[2]);
            source = "MacKinnon (1991), Table 1, no constant, at T = " + n + " (as R urca's ur.ers)";
        } else {
            int row = ersRow(n);
            cv = new UnitRootCriticalValues(ERS_TREND[row][0], ERS_TREND[row][1], ERS_TREND[row][2]);
            source = "Elliott, Rothenberg and Stock (1996), Table 1, row " + ERS_ROWS[row] + " (as R urca's "
                    + "ur.ers picks it for T = " + n + ")";
        }
        return new DfGlsResult(name, spec, stat, null, cv, source, lags, fit.nobs(), n, maxLag, criteria,
                detrended, sample.label(lags + 1), sample.label(n - 1));
    }

    /** urca's rows: T &lt; 50, 50..99, 100..200, above 200. */
    static int ersRow(int n) {
        if (n < 50) {
            return 0;
        }
        if (n < 100) {
            return 1;
        }
        return n <= 200 ? 2 : 3;
    }

    /** y minus the GLS estimate of its deterministic terms, from the quasi-differences with a = 1 + cBar / T. */
    static double[] detrend(String name, double[] y, UnitRootTrend trend, double cBar) {
        int n = y.length;
        double a = 1 + cBar / n;
        double[] ya = new double[n];
        double[] z1 = new double[n];
        double[] z2 = new double[n];
        ya[0] = y[0];
        z1[0] = 1;
        z2[0] = 1;
        for (int t = 1; t < n; t++) {
            ya[t] = y[t] - a * y[t - 1];
            z1[t] = 1 - a;
            z2[t] = (t + 1) - a * t;
        }
        boolean withTrend = trend == UnitRootTrend.CONSTANT_TREND;
        DesignMatrix z = withTrend
                ? DesignMatrix.ofColumns(List.of("const", "trend"), List.of(z1, z2))
                : DesignMatrix.ofColumns(List.of("const"), List.of(z1));
        double[] b = LeastSquares.fit(z, ya).coefficients();
        double[] yd = new double[n];
        for (int t = 0; t < n; t++) {
            yd[t] = y[t] - b[0] - (withTrend ? b[1] * (t + 1) : 0);
        }
        return yd;
    }

    /**
     * The regression d(yd)_t = b0 yd_{t-1} + sum_j b_j d(yd)_{t-j} + e_t with k lags on the rows from the
     * {@code start}-th difference on ({@code start >= k}).
     */
    private static LeastSquaresFit fit(String name, double[] yd, int k, int start) {
        int rows = yd.length - 1 - start;
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[] dep = new double[rows];
        double[] level = new double[rows];
        for (int r = 0; r < rows; r++) {
            int t = r + start;
            dep[r] = yd[t + 1] - yd[t];
            level[r] = yd[t];
        }
        cols.add(level);
        names.add("yd(-1)");
        for (int j = 1; j <= k; j++) {
            double[] c = new double[rows];
            for (int r = 0; r < rows; r++) {
                int t = r + start;
                c[r] = yd[t - j + 1] - yd[t - j];
            }
            cols.add(c);
            names.add("d(yd)(-" + j + ")");
        }
        if (rows <= cols.size()) {
            throw new DataException("DF-GLS on " + name + ": the regression with " + k + " lags has " + rows
                    + " observations for " + cols.size() + " coefficients");
        }
        LeastSquaresFit fit;
        try {
            fit = LeastSquares.fit(DesignMatrix.ofColumns(names, cols), dep);
        } catch (DataException e) {
            throw new DataException("DF-GLS on " + name + " with " + k + " lags: the regressors of the test "
                    + "regression are collinear (" + e.getMessage() + ")");
        }
        double ss = 0;
        for (double v : dep) {
            ss += v * v;
        }
        if (fit.ssr() <= 1e-24 * ss) {
            throw new DataException("DF-GLS on " + name + " with " + k + " lags: the test regression fits the "
                    + "detrended data exactly (a deterministic series), so the statistic is undefined");
        }
        return fit;
    }

    /** The criterion of order k on the common sample of order maxLag, in Ng and Perron's (2001) form. */
    private static double criterion(String name, double[] yd, int k, int maxLag, DfGlsLagCriterion c) {
        LeastSquaresFit fit = fit(name, yd, k, maxLag);
        int rows = fit.nobs();
        double sigma2 = fit.ssr() / rows;
        double penalty;
        switch (c) {
            case MAIC: {
                double sumLevel = 0;
                for (int r = 0; r < rows; r++) {
                    double v = yd[r + maxLag];
                    sumLevel += v * v;
                }
                double b0 = fit.coefficient(0);
                double tau = b0 * b0 * sumLevel / sigma2;
                penalty = 2 * (tau + k) / rows;
                break;
            }
            case AIC:
                penalty = 2.0 * k / rows;
                break;
            default:
                penalty = k * Math.log(rows) / rows;
                break;
        }
        return Math.log(sigma2) + penalty;
    }

    private static void checkLags(String name, int n, UnitRootTrend trend, int lags, int limit, String what) {
        if (lags > limit) {
            throw new DataException("DF-GLS on " + name + ": the " + what + " " + lags + " is too large for "
                    + n + " observations with " + trend.description() + " (at most " + limit + " = T/2 - "
                    + (trend.termCount() + 1) + ")");
        }
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
