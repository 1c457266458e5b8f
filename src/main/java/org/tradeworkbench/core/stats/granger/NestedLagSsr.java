package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.HouseholderQr;
import org.tradeworkbench.core.linalg.LeastSquares;

/**
 * The SSR of a lag regression at every order 1..L from one Householder QR. The design of order {@code l} uses the
 * rows {@code t >= l} and the first columns of the order-{@code L} design when its columns are ordered by lag
 * (constant, then each lag's block). So, going down from L: drop the last lag's block (its part of {@code Q'y}
 * joins the residual) and add one row by Givens rotations, O(k^2) per order instead of a new O(n k^2) QR.
 */
final class NestedLagSsr {
    private NestedLagSsr() {
    }

    /**
     * SSR at orders 1..maxLag (index l) of {@code y(t)} on a constant and lags 1..l of each series in
     * {@code regressors} (one block per lag, the series in the given order), over {@code t = l .. n-1};
     * {@code null} when the order-{@code maxLag} design is (numerically) collinear, so that the caller can fit
     * the orders one by one and report the offending regressor.
     */
    static double[] ssrByOrder(double[] y, double[][] regressors, int maxLag) {
        int n = y.length;
        int s = regressors.length;
        int nobs = n - maxLag;
        int k = 1 + s * maxLag;
        double[] v = new double[nobs * k];
        Arrays.fill(v, 0, nobs, 1.0);
        List<String> names = new ArrayList<>(k);
        names.add("const");
        for (int l = 1; l <= maxLag; l++) {
            for (int q = 0; q < s; q++) {
                System.arraycopy(regressors[q], maxLag - l, v, (1 + (l - 1) * s + q) * nobs, nobs);
                names.add("s" + q + "(-" + l + ")");
            }
        }
        HouseholderQr qr = HouseholderQr.factor(new DesignMatrix(nobs, k, v, names), HouseholderQr.DEFAULT_TOLERANCE,
                true);
        if (qr.firstDependent() >= 0) {
            return null;
        }
        double[] c = Arrays.copyOfRange(y, maxLag, n);
        qr.applyQTranspose(c);
        double[] r = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                r[i * k + j] = qr.r(i, j);
            }
        }
        double[] d = Arrays.copyOf(c, k);
        double e = LeastSquares.sumOfSquares(Arrays.copyOfRange(c, k, nobs));
        double[] ssr = new double[maxLag + 1];
        ssr[maxLag] = e;
        double[] row = new double[k];
        for (int l = maxLag - 1; l >= 1; l--) {
            int m = 1 + s * l;
            for (int i = m; i < m + s; i++) {
                e += d[i] * d[i];
            }
            // The new row t = l: constant, then y's and the regressors' lags 1..l at time l.
            row[0] = 1;
            for (int lag = 1; lag <= l; lag++) {
                for (int q = 0; q < s; q++) {
                    row[1 + (lag - 1) * s + q] = regressors[q][l - lag];
                }
            }
            double target = y[l];
            for (int i = 0; i < m; i++) {
                double b = row[i];
                if (b == 0) {
                    continue;
                }
                double a = r[i * k + i];
                double h = Math.sqrt(a * a + b * b);
                double cs = a / h;
                double sn = b / h;
                r[i * k + i] = h;
                for (int j = i + 1; j < m; j++) {
                    double rij = r[i * k + j];
                    double wj = row[j];
                    r[i * k + j] = cs * rij + sn * wj;
                    row[j] = cs * wj - sn * rij;
                }
                double di = d[i];
                d[i] = cs * di + sn * target;
                target = cs * target - sn * di;
            }
            e += target * target;
            ssr[l] = e;
        }
        return ssr;
    }
}
