package org.tradeworkbench.core.analysis.var;

/**
 * Asymptotic standard errors of impulse responses by the delta method (Lütkepohl 2005, Propositions 3.6 and
 * 3.7, eqs. 3.7.5 and 3.7.8), computed as statsmodels' {@code IRAnalysis.stderr}: vec(Phi_h) has covariance
 * {@code G_h Sigma_alpha G_h'}; the orthogonalised responses add the estimation error of the Cholesky factor,
 * {@code Cbar_h Sigma_sigma Cbar_h' / T}. Results are {@code [h][response][impulse]}.
 */
final class AsymptoticIrf {
    private AsymptoticIrf() {
    }

    static double[][][] stderr(VarFit fit, boolean orthogonalised, int horizon) {
        int k = fit.k();
        int p = fit.lags();
        int kk = k * k;
        double[][][] phi = ImpulseResponses.movingAverage(fit, horizon);
        double[][][] out = new double[horizon + 1][k][k];
        if (p == 0) {
            return out;
        }
        int na = kk * p;
        int det = fit.deterministic();
        double[][] covA = new double[na][na];
        for (int c1 = 0; c1 < k * p; c1++) {
            for (int i1 = 0; i1 < k; i1++) {
                for (int c2 = 0; c2 < k * p; c2++) {
                    for (int i2 = 0; i2 < k; i2++) {
                        covA[c1 * k + i1][c2 * k + i2] = fit.covariance(det + c1, i1, det + c2, i2);
                    }
                }
            }
        }
        double[][] companionT = Matrices.transpose(companion(fit));
        double[][][] powers = new double[horizon][][];
        double[][] pow = identity(k * p);
        for (int idx = 0; idx < horizon; idx++) {
            powers[idx] = java.util.Arrays.copyOf(pow, k);
            pow = Matrices.multiply(pow, companionT);
        }
        double[][] pT = null;
        double[][] h = null;
        double[][] covSigma = null;
        if (orthogonalised) {
            double[][] chol = Matrices.cholesky(fit.sigmaU(), "the residual covariance matrix");
            pT = kron(Matrices.transpose(chol), identity(k));
            h = hMatrix(chol);
            covSigma = covSigma(fit.sigmaU());
        }
        for (int step = 0; step <= horizon; step++) {
            double[][] cov = new double[kk][kk];
            if (step > 0) {
                double[][] g = new double[kk][na];
                for (int m = 0; m < step; m++) {
                    addInto(g, kron(powers[step - 1 - m], phi[m]));
                }
                if (orthogonalised) {
                    g = Matrices.multiply(pT, g);
                }
                cov = sandwich(g, covA);
            }
            if (orthogonalised) {
                double[][] cbar = Matrices.multiply(kron(identity(k), phi[step]), h);
                double[][] b = sandwich(cbar, covSigma);
                for (int i = 0; i < kk; i++) {
                    for (int j = 0; j < kk; j++) {
                        cov[i][j] += b[i][j] / fit.nobs();
                    }
                }
            }
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    out[step][r][c] = Math.sqrt(Math.max(0, cov[c * k + r][c * k + r]));
                }
            }
        }
        return out;
    }

    static double[][] companion(VarFit fit) {
        int k = fit.k();
        int p = fit.lags();
        double[][] c = new double[k * p][k * p];
        for (int l = 1; l <= p; l++) {
            double[][] a = fit.coefficients(l);
            for (int i = 0; i < k; i++) {
                System.arraycopy(a[i], 0, c[i], (l - 1) * k, k);
            }
        }
        for (int i = k; i < k * p; i++) {
            c[i][i - k] = 1;
        }
        return c;
    }

    /** {@code H = L' (L ((I kron P) K + (P kron I)) L')^-1} with elimination L and commutation K. */
    private static double[][] hMatrix(double[][] chol) {
        int k = chol.length;
        double[][] l = elimination(k);
        double[][] inner = kron(identity(k), chol);
        inner = Matrices.multiply(inner, commutation(k));
        addInto(inner, kron(chol, identity(k)));
        double[][] b = Matrices.multiply(Matrices.multiply(l, inner), Matrices.transpose(l));
        return Matrices.multiply(Matrices.transpose(l), inverse(b));
    }

    /** {@code 2 D+ (Sigma kron Sigma) D+'}: covariance of vech(Sigma_u). */
    private static double[][] covSigma(double[][] sigma) {
        int k = sigma.length;
        double[][] dplus = duplicationPseudoInverse(k);
        double[][] m = sandwich(dplus, kron(sigma, sigma));
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= 2;
            }
        }
        return m;
    }

    /** vech order: column by column, on and below the diagonal. */
    private static double[][] elimination(int k) {
        double[][] l = new double[k * (k + 1) / 2][k * k];
        int r = 0;
        for (int j = 0; j < k; j++) {
            for (int i = j; i < k; i++) {
                l[r++][j * k + i] = 1;
            }
        }
        return l;
    }

    private static double[][] duplicationPseudoInverse(int k) {
        double[][] d = new double[k * (k + 1) / 2][k * k];
        int r = 0;
        for (int j = 0; j < k; j++) {
            for (int i = j; i < k; i++) {
                if (i == j) {
                    d[r][j * k + i] = 1;
                } else {
                    d[r][j * k + i] = 0.5;
                    d[r][i * k + j] = 0.5;
                }
                r++;
            }
        }
        return d;
    }

    private static double[][] commutation(int k) {
        double[][] c = new double[k * k][k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                c[a * k + b][b * k + a] = 1;
            }
        }
        return c;
    }

    static double[][] kron(double[][] a, double[][] b) {
        int ar = a.length;
        int ac = a[0].length;
        int br = b.length;
        int bc = b[0].length;
        double[][] out = new double[ar * br][ac * bc];
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < ac; j++) {
                double v = a[i][j];
                if (v == 0) {
                    continue;
                }
                for (int r = 0; r < br; r++) {
                    for (int s = 0; s < bc; s++) {
                        out[i * br + r][j * bc + s] = v * b[r][s];
                    }
                }
            }
        }
        return out;
    }

    private static double[][] sandwich(double[][] g, double[][] m) {
        return Matrices.multiply(Matrices.multiply(g, m), Matrices.transpose(g));
    }

    private static void addInto(double[][] a, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                a[i][j] += b[i][j];
            }
        }
    }

    static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[][] inverse(double[][] a) {
        return new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(a)).getSolver().getInverse().getData();
    }
}
