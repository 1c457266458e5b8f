package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.ols.Distributions;

/**
 * Weak exogeneity tests on the Johansen moments (Johansen 1995, Theorem 8.1; R urca's {@code alrtest} with A the
 * identity without the variable's column): with b the tested variable and a the others, the restricted problem
 * {@code |lambda S11.b - S1a.b Saa.b^-1 Sa1.b| = 0}, where {@code Sij.b = Sij - Sib Sbb^-1 Sbj}, and
 * {@code LR = T sum_{j<=r} log((1 - lambda*_j) / (1 - lambda_j))}.
 */
final class WeakExogeneity {
    private WeakExogeneity() {
    }

    /** {@code [b]}: the eigenvalues of the problem with variable b's row of alpha zero (they do not depend on r). */
    static double[][] restrictedEigenvalues(JohansenMoments m, int n) {
        double[][] out = new double[n][];
        for (int b = 0; b < n; b++) {
            out[b] = restrictedEigenvalues(m, b, n);
        }
        return out;
    }

    /** One test per variable at rank r (1..n-1); none at rank 0 or n, where the restriction is not testable. */
    static List<WeakExogeneityResult> tests(double[][] restricted, double[] lambda, int r, int rows,
            List<String> names) {
        int n = names.size();
        List<WeakExogeneityResult> out = new ArrayList<>();
        if (r < 1 || r > n - 1) {
            return out;
        }
        for (int b = 0; b < n; b++) {
            double lr = 0;
            for (int j = 0; j < r; j++) {
                lr += Math.log((1 - restricted[b][j]) / (1 - lambda[j]));
            }
            lr *= rows;
            out.add(new WeakExogeneityResult(names.get(b), lr, r, Distributions.chiSquareUpper(lr, r)));
        }
        return out;
    }

    private static double[] restrictedEigenvalues(JohansenMoments m, int b, int n) {
        double[][] s00 = m.s00();
        double[][] s01 = m.s01();
        double[][] s11 = m.s11();
        int p1 = s11.length;
        double sbb = s00[b][b];
        int[] a = new int[n - 1];
        for (int i = 0, c = 0; i < n; i++) {
            if (i != b) {
                a[c++] = i;
            }
        }
        double[][] saa = new double[n - 1][n - 1];
        double[][] sa1 = new double[n - 1][p1];
        for (int i = 0; i < n - 1; i++) {
            for (int j = 0; j < n - 1; j++) {
                saa[i][j] = s00[a[i]][a[j]] - s00[a[i]][b] * s00[b][a[j]] / sbb;
            }
            for (int c = 0; c < p1; c++) {
                sa1[i][c] = s01[a[i]][c] - s00[a[i]][b] * s01[b][c] / sbb;
            }
        }
        double[][] s11b = new double[p1][p1];
        for (int c = 0; c < p1; c++) {
            for (int d = 0; d < p1; d++) {
                s11b[c][d] = s11[c][d] - s01[b][c] * s01[b][d] / sbb;
            }
        }
        double[][] l = Matrices.cholesky(s11b);
        if (l == null) {
            throw new DataException("weak exogeneity test: the levels are collinear once the differences of the "
                    + "tested variable are removed; drop a variable that is a combination of the others");
        }
        double[][] li = Matrices.lowerInverse(l);
        double[][] saaInv = Matrices.spdInverse(saa, "weak exogeneity test: the differences of the variables other "
                + "than the tested one are collinear");
        double[][] c = Matrices.multiply(Matrices.multiply(li, Matrices.multiply(Matrices.transpose(sa1),
                Matrices.multiply(saaInv, sa1))), Matrices.transpose(li));
        for (int i = 0; i < p1; i++) {
            for (int j = 0; j < i; j++) {
                double v = (c[i][j] + c[j][i]) / 2;
                c[i][j] = v;
                c[j][i] = v;
            }
        }
        return Matrices.symmetricEigen(c).values();
    }
}
