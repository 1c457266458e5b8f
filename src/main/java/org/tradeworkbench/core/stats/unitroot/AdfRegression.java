package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The Dickey-Fuller test regression with p lagged differences:
 * d(x)_t = gamma x_{t-1} + sum_j delta_j d(x)_{t-j} + const + beta trend + e_t, on the rows that the first
 * {@code sampleLag} lags leave (statsmodels' layout: level first, then lags 1..p, then const and trend 1..nobs).
 */
final class AdfRegression {
    private final double[][] columns;
    private final double[] y;
    private final int lags;

    private AdfRegression(double[][] columns, double[] y, int lags) {
        this.columns = columns;
        this.y = y;
        this.lags = lags;
    }

    /**
     * @param sampleLag the rows start where this many lagged differences are available ({@code >= p}); use p for
     *                  the longest sample and the largest candidate order for the common autolag sample
     */
    static AdfRegression build(double[] x, UnitRootTrend trend, int p, int sampleLag) {
        int nd = x.length - 1;
        int rows = nd - sampleLag;
        int k = p + 1 + trend.termCount();
        double[][] cols = new double[k][rows];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            int t = r + sampleLag;
            y[r] = x[t + 1] - x[t];
            cols[0][r] = x[t];
            for (int j = 1; j <= p; j++) {
                cols[j][r] = x[t - j + 1] - x[t - j];
            }
        }
        if (trend.termCount() >= 1) {
            java.util.Arrays.fill(cols[p + 1], 1.0);
        }
        if (trend.termCount() >= 2) {
            for (int r = 0; r < rows; r++) {
                cols[p + 2][r] = r + 1;
            }
        }
        return new AdfRegression(cols, y, p);
    }

    LeastSquaresFit fit() {
        return fit("x");
    }

    /** Sum of squares of the dependent variable (uncentred). */
    double dependentSumOfSquares() {
        double s = 0;
        for (double v : y) {
            s += v * v;
        }
        return s;
    }

    int columnCount() {
        return columns.length;
    }

    int nobs() {
        return y.length;
    }

    /** The column statsmodels puts last among the lag columns: lag p, or the level when p = 0. */
    int lastLagColumn() {
        return lags;
    }

    /** Regressor names in expression syntax for a tested series called {@code name}. */
    String[] names(String name) {
        String[] out = new String[columns.length];
        out[0] = name + "(-1)";
        for (int j = 1; j <= lags; j++) {
            out[j] = "d(" + name + ")(-" + j + ")";
        }
        if (columns.length > lags + 1) {
            out[lags + 1] = "const";
        }
        if (columns.length > lags + 2) {
            out[lags + 2] = "trend";
        }
        return out;
    }

    LeastSquaresFit fit(String name) {
        return LeastSquaresFit.fit(columns, y, names(name), false);
    }
}
