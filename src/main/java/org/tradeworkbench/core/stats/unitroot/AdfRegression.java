package org.tradeworkbench.core.stats.unitroot;

import java.util.Arrays;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The Dickey-Fuller test regression with p lagged differences:
 * d(x)_t = gamma x_{t-1} + sum_j delta_j d(x)_{t-j} + const + beta trend + e_t, on the rows that the first
 * {@code sampleLag} lags leave (statsmodels' layout: level first, then lags 1..p, then const and trend 1..nobs).
 * The design is built column-major in one array, as {@link DesignMatrix} holds it, so fitting copies nothing more.
 */
final class AdfRegression {
    private final int rows;
    private final int cols;
    /** Column-major rows x cols. */
    private final double[] values;
    private final double[] y;
    private final int lags;

    private AdfRegression(int rows, int cols, double[] values, double[] y, int lags) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
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
        double[] v = new double[rows * k];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            int t = r + sampleLag;
            y[r] = x[t + 1] - x[t];
            v[r] = x[t];
            for (int j = 1; j <= p; j++) {
                v[j * rows + r] = x[t - j + 1] - x[t - j];
            }
        }
        if (trend.termCount() >= 1) {
            Arrays.fill(v, (p + 1) * rows, (p + 2) * rows, 1.0);
        }
        if (trend.termCount() >= 2) {
            for (int r = 0; r < rows; r++) {
                v[(p + 2) * rows + r] = r + 1;
            }
        }
        return new AdfRegression(rows, k, v, y, p);
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
        return cols;
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
        String[] out = new String[cols];
        out[0] = name + "(-1)";
        for (int j = 1; j <= lags; j++) {
            out[j] = "d(" + name + ")(-" + j + ")";
        }
        if (cols > lags + 1) {
            out[lags + 1] = "const";
        }
        if (cols > lags + 2) {
            out[lags + 2] = "trend";
        }
        return out;
    }

    /** The fit by QR; a regression without residual degrees of freedom is refused, as statsmodels' t needs one. */
    LeastSquaresFit fit(String name) {
        if (rows <= cols) {
            throw new DataException("the regression has " + rows + " observations for " + cols
                    + " coefficients: too few observations");
        }
        return LeastSquares.fit(new DesignMatrix(rows, cols, values, List.of(names(name))), y);
    }
}
