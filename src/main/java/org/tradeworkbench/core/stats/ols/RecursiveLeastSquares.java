package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;

/**
 * Least squares on the first t observations for t = k … n (Brown, Durbin and Evans 1975): the coefficients
 * b_t, the diagonal of (X_t′X_t)⁻¹, and the recursive residuals w_t = (y_t − x_t′b_{t−1}) / √(1 + x_t′(X_{t−1}′X_{t−1})⁻¹x_t)
 * for t = k + 1 … n. The CUSUM, the CUSUM of squares and the recursive coefficients are read from it.
 *
 * @param coefficients [t − k][j]: b_t of the fit on the first t observations, t = k … n
 * @param xtxInverseDiagonal [t − k][j]: the diagonal of (X_t′X_t)⁻¹
 * @param recursive    w_t for t = k + 1 … n
 */
record RecursiveLeastSquares(double[][] coefficients, double[][] xtxInverseDiagonal, double[] recursive) {

    /**
     * @param test the test's name for messages ("the CUSUM test")
     */
    static RecursiveLeastSquares of(OlsResult r, String test) {
        DesignMatrix x = r.design();
        double[] y = r.y();
        String[] labels = r.sample().labels();
        int n = y.length;
        int k = x.cols();
        if (n - k < 3) {
            throw new DataException(test + " needs at least " + (k + 3) + " observations for " + k
                    + " coefficients; the sample " + labels[0] + " to " + labels[n - 1] + " has " + n);
        }
        double[][] b = new double[n - k + 1][];
        double[][] d = new double[n - k + 1][k];
        double[] w = new double[n - k];
        for (int t = k; t <= n; t++) {
            List<double[]> cols = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                cols.add(Arrays.copyOf(x.column(j), t));
            }
            LeastSquaresFit fit = LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(x.names(), cols),
                    Arrays.copyOf(y, t));
            if (fit.keptColumns().length < k) {
                throw new DataException(test + " needs the regressors to be independent on the first " + t
                        + " observations (" + labels[0] + " to " + labels[t - 1] + "), and they are not; start the"
                        + " sample later or drop the regressor that is constant there");
            }
            double[][] inv = fit.xtxInverse();
            b[t - k] = new double[k];
            for (int a = 0; a < k; a++) {
                b[t - k][a] = fit.coefficient(a);
                d[t - k][a] = inv[a][a];
            }
            if (t == n) {
                break;
            }
            double pred = 0;
            double q = 0;
            for (int a = 0; a < k; a++) {
                pred += x.get(t, a) * fit.coefficient(a);
                for (int c = 0; c < k; c++) {
                    q += x.get(t, a) * inv[a][c] * x.get(t, c);
                }
            }
            w[t - k] = (y[t] - pred) / Math.sqrt(1 + q);
        }
        return new RecursiveLeastSquares(b, d, w);
    }
}
