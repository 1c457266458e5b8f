package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.HouseholderQr;

/**
 * A VAR(p) estimated equation by equation by least squares (Householder QR), with statsmodels' conventions:
 * regressors in the order deterministic terms, exogenous series, lag 1 of every variable, lag 2, ...; the trend
 * counts periods from the first observation of the data (1, 2, ...); {@code Sigma_u = U'U / (T - m)} with m
 * regressors per equation, {@code Sigma_mle = U'U / T}.
 */
public final class VarFit {
    private final List<String> names;
    private final List<String> regressorNames;
    private final VarTrend trend;
    private final int p;
    private final int nExog;
    private final int nobs;
    /** {@code params[regressor][equation]}. */
    private final double[][] params;
    private final double[][] resid;
    private final double[][] sigmaU;
    private final double[][] sigmaMle;
    private final double[][] zzInverse;
    private final String firstLabel;
    private final String lastLabel;

    private VarFit(List<String> names, List<String> regressorNames, VarTrend trend, int p, int nExog, int nobs,
            double[][] params, double[][] resid, double[][] sigmaU, double[][] sigmaMle, double[][] zzInverse,
            String firstLabel, String lastLabel) {
        this.names = names;
        this.regressorNames = regressorNames;
        this.trend = trend;
        this.p = p;
        this.nExog = nExog;
        this.nobs = nobs;
        this.params = params;
        this.resid = resid;
        this.sigmaU = sigmaU;
        this.sigmaMle = sigmaMle;
        this.zzInverse = zzInverse;
        this.firstLabel = firstLabel;
        this.lastLabel = lastLabel;
    }

    /** Largest lag order the data allow: at least one residual degree of freedom in each equation. */
    public static int maxEstimableLags(int n, int k, int deterministic) {
        return Math.max(0, (n - k - deterministic) / (1 + k));
    }

    public static VarFit estimate(VarData d, int p, VarTrend trend) {
        return estimate(d, p, trend, 0);
    }

    /** Refuses a VAR({@code p}) that leaves no residual degree of freedom on rows {@code offset..n-1}. */
    static void requireRows(VarData d, int p, VarTrend trend, int offset) {
        int n = d.size();
        int k = d.k();
        int m = d.exogNames().size();
        int t = n - offset - p;
        int regressors = trend.terms() + m + k * p;
        if (t - regressors < 1) {
            throw new DataException("a VAR(" + p + ") of " + k + " variables" + (m > 0 ? " with " + m + " exogenous" : "")
                    + " and " + trend.description() + " has " + regressors + " coefficients per equation, but only "
                    + Math.max(t, 0) + " observations remain after the lags (" + n + " in the sample " + d.labels()[0]
                    + "–" + d.labels()[n - 1] + "); use at most " + maxEstimableLags(n - offset, k, trend.terms() + m)
                    + " lags or a longer sample");
        }
    }

    /**
     * Fits on rows {@code offset + p .. n-1} (the lags reach back to row {@code offset}). A positive offset gives
     * every order in a lag-selection table the same observations.
     */
    public static VarFit estimate(VarData d, int p, VarTrend trend, int offset) {
        requireRows(d, p, trend, offset);
        int n = d.size();
        int k = d.k();
        int m = d.exogNames().size();
        int t = n - offset - p;
        int regressors = trend.terms() + m + k * p;
        List<String> rn = regressorNames(d.names(), d.exogNames(), trend, p);
        double[] z = new double[t * regressors];
        int c = 0;
        if (trend.terms() >= 1) {
            java.util.Arrays.fill(z, 0, t, 1.0);
            c++;
        }
        if (trend.terms() >= 2) {
            for (int i = 0; i < t; i++) {
                z[c * t + i] = i + p + 1;
            }
            c++;
        }
        for (int j = 0; j < m; j++, c++) {
            for (int i = 0; i < t; i++) {
                z[c * t + i] = d.exog()[offset + p + i][j];
            }
        }
        for (int l = 1; l <= p; l++) {
            for (int j = 0; j < k; j++, c++) {
                for (int i = 0; i < t; i++) {
                    z[c * t + i] = d.y()[offset + p + i - l][j];
                }
            }
        }
        HouseholderQr qr = HouseholderQr.factor(new DesignMatrix(t, regressors, z, rn),
                HouseholderQr.DEFAULT_TOLERANCE, true);
        if (qr.firstDependent() >= 0) {
            throw new DataException("the VAR's regressors are collinear: " + rn.get(qr.firstDependent())
                    + " is a linear combination of the regressors before it (a constant or duplicated series, or "
                    + "a series that is a combination of others?)");
        }
        double[][] params = new double[regressors][k];
        double[][] resid = new double[t][k];
        for (int e = 0; e < k; e++) {
            double[] yy = new double[t];
            for (int i = 0; i < t; i++) {
                yy[i] = d.y()[offset + p + i][e];
            }
            double[] b = qr.solve(yy);
            for (int r = 0; r < regressors; r++) {
                params[r][e] = b[r];
            }
            for (int i = 0; i < t; i++) {
                double f = 0;
                for (int r = 0; r < regressors; r++) {
                    f += z[r * t + i] * b[r];
                }
                resid[i][e] = yy[i] - f;
            }
        }
        double[][] sse = crossProduct(resid);
        double[][] su = scaled(sse, 1.0 / (t - regressors));
        double[][] smle = scaled(sse, 1.0 / t);
        return new VarFit(d.names(), rn, trend, p, m, t, params, resid, su, smle, qr.xtxInverse(),
                d.labels()[offset + p], d.labels()[n - 1]);
    }

    static List<String> regressorNames(List<String> names, List<String> exog, VarTrend trend, int p) {
        List<String> rn = new ArrayList<>();
        if (trend.terms() >= 1) {
            rn.add("const");
        }
        if (trend.terms() >= 2) {
            rn.add("trend");
        }
        rn.addAll(exog);
        for (int l = 1; l <= p; l++) {
            for (String v : names) {
                rn.add("L" + l + "." + v);
            }
        }
        return List.copyOf(rn);
    }

    static double[][] crossProduct(double[][] u) {
        int k = u[0].length;
        double[][] s = new double[k][k];
        for (double[] row : u) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j <= i; j++) {
                    s[i][j] += row[i] * row[j];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                s[j][i] = s[i][j];
            }
        }
        return s;
    }

    private static double[][] scaled(double[][] a, double f) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }

    public List<String> names() {
        return names;
    }

    public List<String> regressorNames() {
        return regressorNames;
    }

    public VarTrend trend() {
        return trend;
    }

    public int k() {
        return names.size();
    }

    public int lags() {
        return p;
    }

    public int nobs() {
        return nobs;
    }

    /** Deterministic and exogenous regressors per equation (statsmodels' {@code k_exog}). */
    public int deterministic() {
        return trend.terms() + nExog;
    }

    /** Regressors per equation (statsmodels' {@code df_model}). */
    public int regressors() {
        return params.length;
    }

    public int dfResid() {
        return nobs - regressors();
    }

    public String firstPeriod() {
        return firstLabel;
    }

    public String lastPeriod() {
        return lastLabel;
    }

    public double param(int regressor, int equation) {
        return params[regressor][equation];
    }

    /** {@code A_l[i][j]}: effect of variable j at lag l on variable i. */
    public double[][] coefficients(int lag) {
        int k = k();
        double[][] a = new double[k][k];
        int base = deterministic() + (lag - 1) * k;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = params[base + j][i];
            }
        }
        return a;
    }

    /** Deterministic and exogenous coefficients, {@code [term][equation]}. */
    double[][] deterministicParams() {
        double[][] out = new double[deterministic()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = params[r].clone();
        }
        return out;
    }

    public double stderr(int regressor, int equation) {
        return Math.sqrt(zzInverse[regressor][regressor] * sigmaU[equation][equation]);
    }

    /** {@code (Z'Z)^-1[a][b] * Sigma_u[e][f]}: covariance of two coefficients (statsmodels' cov_params). */
    public double covariance(int ra, int ea, int rb, int eb) {
        return zzInverse[ra][rb] * sigmaU[ea][eb];
    }

    public double[][] residuals() {
        return resid;
    }

    public double[][] sigmaU() {
        return sigmaU;
    }

    public double[][] sigmaMle() {
        return sigmaMle;
    }

    public double logDetSigmaMle() {
        return Matrices.logDetSymmetric(sigmaMle);
    }

    /** Gaussian log-likelihood at Sigma_mle. */
    public double logLikelihood() {
        int k = k();
        return -(nobs / 2.0) * (k * Math.log(2 * Math.PI) + logDetSigmaMle() + k);
    }

    /** {aic, bic, hqic, fpe} as statsmodels' {@code info_criteria}. */
    public double[] informationCriteria() {
        int k = k();
        double ld = logDetSigmaMle();
        double free = p * k * k + k * deterministic();
        double aic = ld + 2.0 / nobs * free;
        double bic = ld + Math.log(nobs) / nobs * free;
        double hq = ld + 2.0 * Math.log(Math.log(nobs)) / nobs * free;
        double fpe = Math.pow((double) (nobs + regressors()) / dfResid(), k) * Math.exp(ld);
        return new double[] {aic, bic, hq, fpe};
    }
}
