package org.tradeworkbench.core.analysis.var;

/**
 * Impulse responses of a fitted VAR (Lütkepohl 2005, ch. 2.3 and 3.7). All arrays are
 * {@code [h][response][impulse]} for h = 0..H.
 */
public final class ImpulseResponses {
    private ImpulseResponses() {
    }

    /** Moving-average coefficients {@code Phi_0 = I, Phi_h = sum_{l=1}^{min(h,p)} Phi_{h-l} A_l}. */
    public static double[][][] movingAverage(VarFit fit, int horizon) {
        int k = fit.k();
        int p = fit.lags();
        double[][][] a = new double[p + 1][][];
        for (int l = 1; l <= p; l++) {
            a[l] = fit.coefficients(l);
        }
        return movingAverage(a, k, p, horizon);
    }

    static double[][][] movingAverage(double[][][] a, int k, int p, int horizon) {
        double[][][] phi = new double[horizon + 1][k][k];
        for (int i = 0; i < k; i++) {
            phi[0][i][i] = 1;
        }
        for (int h = 1; h <= horizon; h++) {
            double[][] out = phi[h];
            for (int l = 1; l <= Math.min(h, p); l++) {
                double[][] prev = phi[h - l];
                double[][] al = a[l];
                for (int i = 0; i < k; i++) {
                    for (int m = 0; m < k; m++) {
                        double v = prev[i][m];
                        if (v == 0) {
                            continue;
                        }
                        double[] row = al[m];
                        double[] o = out[i];
                        for (int j = 0; j < k; j++) {
                            o[j] += v * row[j];
                        }
                    }
                }
            }
        }
        return phi;
    }

    public static double[][][] responses(VarFit fit, IrfKind kind, int horizon) {
        return responses(movingAverage(fit, horizon), fit.sigmaU(), kind);
    }

    static double[][][] responses(double[][][] phi, double[][] sigma, IrfKind kind) {
        return switch (kind) {
            case UNIT -> phi;
            case ORTHOGONALISED -> timesEach(phi, Matrices.cholesky(sigma, "the residual covariance matrix"));
            case GENERALISED -> {
                int k = sigma.length;
                double[][] s = new double[k][k];
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        s[i][j] = sigma[i][j] / Math.sqrt(sigma[j][j]);
                    }
                }
                yield timesEach(phi, s);
            }
        };
    }

    private static double[][][] timesEach(double[][][] phi, double[][] m) {
        double[][][] out = new double[phi.length][][];
        for (int h = 0; h < phi.length; h++) {
            out[h] = Matrices.multiply(phi[h], m);
        }
        return out;
    }

    /**
     * Forecast-error variance decomposition from orthogonalised responses: {@code [h][variable][shock]} for
     * the 1..H step forecast (index 0 is one step ahead), as statsmodels' {@code fevd(H).decomp} transposed.
     */
    public static double[][][] varianceDecomposition(VarFit fit, int horizon) {
        return shares(responses(fit, IrfKind.ORTHOGONALISED, horizon - 1));
    }

    /** Variance shares from orthogonalised responses {@code theta[h]}, h = 0..H-1: the 1..H step forecasts. */
    static double[][][] shares(double[][][] theta) {
        int horizon = theta.length;
        int k = horizon == 0 ? 0 : theta[0].length;
        double[][][] out = new double[horizon][k][k];
        double[][] cum = new double[k][k];
        for (int h = 0; h < horizon; h++) {
            for (int i = 0; i < k; i++) {
                double total = 0;
                for (int j = 0; j < k; j++) {
                    cum[i][j] += theta[h][i][j] * theta[h][i][j];
                    total += cum[i][j];
                }
                for (int j = 0; j < k; j++) {
                    out[h][i][j] = cum[i][j] / total;
                }
            }
        }
        return out;
    }
}
