package org.tradeworkbench.core.analysis.var;

import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.HouseholderQr;
import org.tradeworkbench.core.stats.ols.Distributions;

/** Tests on the residuals of a fitted VAR. */
public final class ResidualDiagnostics {
    private ResidualDiagnostics() {
    }

    /** One test: statistic, degrees of freedom (second is 0 for chi-square tests) and p-value. */
    public record Statistic(String name, double statistic, double df, double df2, double pValue, String note) {
    }

    /**
     * Portmanteau test of no residual autocorrelation up to lag h (Lütkepohl 2005, 4.4.3), as statsmodels'
     * {@code test_whiteness}: {@code Q_h = T sum_i tr(C_i' C_0^-1 C_i C_0^-1)} with {@code C_i} the
     * autocovariances of the demeaned residuals over T, chi-square with {@code K^2 (h - p)} degrees of freedom;
     * adjusted: each term divided by {@code T - i} and the sum multiplied by {@code T^2}.
     */
    public static Statistic portmanteau(VarFit fit, int h, boolean adjusted) {
        int k = fit.k();
        int t = fit.nobs();
        if (h <= fit.lags()) {
            throw new DataException("the portmanteau test needs more lags (" + h + ") than the VAR has ("
                    + fit.lags() + ")");
        }
        if (h >= t) {
            throw new DataException("the portmanteau test's " + h + " lags need more than " + t + " residuals");
        }
        double[][] u = demeaned(fit.residuals());
        double[][] c0inv = Matrices.inverseSpd(autocovariance(u, 0), "the residual covariance matrix");
        double q = 0;
        for (int i = 1; i <= h; i++) {
            double[][] ci = autocovariance(u, i);
            double[][] m = Matrices.multiply(Matrices.multiply(Matrices.transpose(ci), c0inv),
                    Matrices.multiply(ci, c0inv));
            double add = Matrices.trace(m);
            q += adjusted ? add / (t - i) : add;
        }
        q *= adjusted ? (double) t * t : t;
        int df = k * k * (h - fit.lags());
        return new Statistic(adjusted ? "Portmanteau (adjusted)" : "Portmanteau", q, df, 0,
                Distributions.chiSquareUpper(q, df), "no residual autocorrelation up to lag " + h);
    }

    /**
     * Multivariate Jarque-Bera test (Lütkepohl 2005, 4.5), as statsmodels' {@code test_normality}: residuals
     * standardised by the Cholesky factor of their ML covariance; skewness and kurtosis parts added,
     * chi-square with 2K degrees of freedom.
     */
    public static Statistic normality(VarFit fit) {
        int k = fit.k();
        int t = fit.nobs();
        double[][] u = demeaned(fit.residuals());
        double[][] s = VarFit.crossProduct(u);
        for (double[] row : s) {
            for (int j = 0; j < k; j++) {
                row[j] /= t;
            }
        }
        double[][] l = Matrices.cholesky(s, "the residual covariance matrix");
        double[] b1 = new double[k];
        double[] b2 = new double[k];
        double[] w = new double[k];
        for (double[] row : u) {
            for (int i = 0; i < k; i++) {
                double v = row[i];
                for (int m = 0; m < i; m++) {
                    v -= l[i][m] * w[m];
                }
                w[i] = v / l[i][i];
                b1[i] += w[i] * w[i] * w[i];
                b2[i] += w[i] * w[i] * w[i] * w[i];
            }
        }
        double skew = 0;
        double kurt = 0;
        for (int i = 0; i < k; i++) {
            b1[i] /= t;
            b2[i] = b2[i] / t - 3;
            skew += b1[i] * b1[i];
            kurt += b2[i] * b2[i];
        }
        double stat = t * skew / 6 + t * kurt / 24;
        return new Statistic("Jarque-Bera (multivariate)", stat, 2 * k, 0, Distributions.chiSquareUpper(stat, 2 * k),
                "residuals normally distributed");
    }

    /**
     * Breusch-Godfrey LM test of no residual autocorrelation up to lag h (Lütkepohl 2005, 4.4.4; R vars'
     * {@code serial.test(type = "BG")}): the residuals are regressed on the VAR's regressors and their own lags
     * 1..h (zero before the sample); {@code LM = T (K - tr(Sigma_R^-1 Sigma_e))} with the residual covariances of
     * that regression (e) and of the VAR (R), chi-square with {@code h K^2} degrees of freedom.
     */
    public static Statistic lagrangeMultiplier(VarFit fit, VarData data, int h) {
        int k = fit.k();
        int t = fit.nobs();
        int m = fit.regressors();
        int cols = m + h * k;
        if (t - cols < 1) {
            throw new DataException("the LM autocorrelation test with " + h + " lags needs more than " + cols
                    + " observations, the VAR has " + t);
        }
        double[][] u = fit.residuals();
        double[] z = new double[t * cols];
        int offset = data.size() - t;
        int c = 0;
        if (fit.trend().terms() >= 1) {
            java.util.Arrays.fill(z, 0, t, 1.0);
            c++;
        }
        if (fit.trend().terms() >= 2) {
            for (int i = 0; i < t; i++) {
                z[c * t + i] = i + fit.lags() + 1;
            }
            c++;
        }
        for (int j = 0; j < data.exogNames().size(); j++, c++) {
            for (int i = 0; i < t; i++) {
                z[c * t + i] = data.exog()[offset + i][j];
            }
        }
        for (int l = 1; l <= fit.lags(); l++) {
            for (int j = 0; j < k; j++, c++) {
                for (int i = 0; i < t; i++) {
                    z[c * t + i] = data.y()[offset + i - l][j];
                }
            }
        }
        for (int l = 1; l <= h; l++) {
            for (int j = 0; j < k; j++, c++) {
                for (int i = l; i < t; i++) {
                    z[c * t + i] = u[i - l][j];
                }
            }
        }
        HouseholderQr qr = HouseholderQr.factor(new DesignMatrix(t, cols, z,
                java.util.Collections.nCopies(cols, "x")), HouseholderQr.DEFAULT_TOLERANCE, false);
        double[][] e = new double[t][k];
        for (int eq = 0; eq < k; eq++) {
            double[] y = new double[t];
            for (int i = 0; i < t; i++) {
                y[i] = u[i][eq];
            }
            double[] r = y.clone();
            qr.applyQTranspose(r);
            for (int i = 0; i < qr.rank(); i++) {
                r[i] = 0;
            }
            qr.applyQ(r);
            for (int i = 0; i < t; i++) {
                e[i][eq] = r[i];
            }
        }
        double[][] se = VarFit.crossProduct(e);
        double[][] sr = VarFit.crossProduct(u);
        double tr = Matrices.trace(Matrices.multiply(Matrices.inverseSpd(sr, "the residual covariance matrix"), se));
        double lm = t * (k - tr);
        int df = h * k * k;
        return new Statistic("LM (Breusch-Godfrey)", lm, df, 0, Distributions.chiSquareUpper(lm, df),
                "no residual autocorrelation up to lag " + h);
    }

    private static double[][] demeaned(double[][] u) {
        int k = u[0].length;
        double[] mean = new double[k];
        for (double[] row : u) {
            for (int i = 0; i < k; i++) {
                mean[i] += row[i];
            }
        }
        double[][] out = new double[u.length][k];
        for (int t = 0; t < u.length; t++) {
            for (int i = 0; i < k; i++) {
                out[t][i] = u[t][i] - mean[i] / u.length;
            }
        }
        return out;
    }

    private static double[][] autocovariance(double[][] x, int lag) {
        int n = x.length;
        int k = x[0].length;
        double[][] c = new double[k][k];
        for (int t = lag; t < n; t++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    c[i][j] += x[t][i] * x[t - lag][j];
                }
            }
        }
        for (double[] row : c) {
            for (int j = 0; j < k; j++) {
                row[j] /= n;
            }
        }
        return c;
    }
}
