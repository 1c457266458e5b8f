package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Stability of a VAR: eigenvalues of the companion matrix (Lütkepohl 2005, eq. 2.1.9); the VAR is stable when
 * all lie inside the unit circle (statsmodels' {@code is_stable}).
 *
 * @param eigenvalues {re, im} pairs sorted by modulus, largest first
 */
public record Stability(List<double[]> eigenvalues) {

    public static Stability of(VarFit fit) {
        int k = fit.k();
        int p = fit.lags();
        if (p == 0) {
            return new Stability(List.of());
        }
        int n = k * p;
        double[][] c = new double[n][n];
        for (int l = 1; l <= p; l++) {
            double[][] a = fit.coefficients(l);
            for (int i = 0; i < k; i++) {
                System.arraycopy(a[i], 0, c[i], (l - 1) * k, k);
            }
        }
        for (int i = k; i < n; i++) {
            c[i][i - k] = 1;
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
        List<double[]> ev = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ev.add(new double[] {e.getRealEigenvalue(i), e.getImagEigenvalue(i)});
        }
        ev.sort(Comparator.comparingDouble((double[] z) -> -Math.hypot(z[0], z[1])));
        return new Stability(List.copyOf(ev));
    }

    public double largestModulus() {
        return eigenvalues.isEmpty() ? 0 : modulus(0);
    }

    public double modulus(int i) {
        double[] z = eigenvalues.get(i);
        return Math.hypot(z[0], z[1]);
    }

    public boolean isStable() {
        return largestModulus() < 1;
    }
}
