package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Johansen's (1988, 1991) reduced-rank test of the cointegrating rank: the lagged differences and unrestricted
 * deterministic terms are partialled out of d(y)_t and of z_t = (y_{t-1}, restricted term), and the squared
 * canonical correlations of the two residual sets are the eigenvalues. Same estimator as urca's {@code ca.jo}
 * (spec "transitory") and gretl's {@code johansen}; with case 3 also as statsmodels' {@code coint_johansen}
 * (det_order=0).
 */
public final class Johansen implements Analysis<JohansenSpec, JohansenReport> {

    @Override
    public String kind() {
        return "johansen";
    }

    @Override
    public Class<JohansenSpec> specType() {
        return JohansenSpec.class;
    }

    @Override
    public JohansenReport run(JohansenSpec spec, Dataset data, ProgressReporter progress) {
        CointegrationSample s = CointegrationSample.of(data, spec.variables());
        return run(spec, s);
    }

    static JohansenReport run(JohansenSpec spec, CointegrationSample s) {
        int n = s.count();
        int k = spec.lags();
        JohansenCase det = spec.deterministic();
        int maxVars = det.hasRestrictedTerm() ? 11 : 12;
        if (n > maxVars) {
            throw new DataException("Johansen: " + n + " variables, but the critical values of case "
                    + det.number() + " are tabulated for at most " + maxVars);
        }
        int rows = s.size() - 1 - k;
        int p1 = n + (det.hasRestrictedTerm() ? 1 : 0);
        int p2 = n * k + det.unrestrictedTermCount();
        // Each equation needs more observations than regressors: z_t's columns after p2 partialled-out ones.
        if (rows - p2 <= p1) {
            throw new DataException("Johansen: " + s.size() + " observations of " + String.join(", ", s.names())
                    + " are too few for " + n + " variables with " + k + " lagged difference" + (k == 1 ? "" : "s") + " and "
                    + det.description() + " (" + rows + " usable rows for " + (p1 + p2)
                    + " regressors per equation); use fewer lags or a longer sample");
        }
        JohansenMoments moments = JohansenMoments.byCrossProducts(s.series(), s.first(), s.size(), k, det, rows);
        if (moments == null) {
            moments = byQr(s, s.values(), k, det, rows);
        }
        double[][] s00 = moments.s00();
        double[][] s01 = moments.s01();
        double[][] s11 = moments.s11();
        double[][] l11 = Matrices.cholesky(s11);
        if (l11 == null) {
            throw new DataException("Johansen: the levels of " + String.join(", ", s.names())
                    + (det.hasRestrictedTerm() ? " and the " + det.restrictedTermName() : "")
                    + " are collinear once the lagged differences are removed; drop a variable that is a "
                    + "combination of the others");
        }
        double[][] s00inv = Matrices.spdInverse(s00, "Johansen: the differences of " + String.join(", ",
                s.names()) + " are collinear once the lagged differences are removed; drop a variable");
        double[][] li = Matrices.lowerInverse(l11);
        double[][] s10 = Matrices.transpose(s01);
        double[][] c = Matrices.multiply(Matrices.multiply(li, Matrices.multiply(s10, Matrices.multiply(s00inv,
                s01))), Matrices.transpose(li));
        symmetrise(c);
        Matrices.Eigen e = Matrices.symmetricEigen(c);
        double[][] v = Matrices.multiply(Matrices.transpose(li), e.vectors());
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = e.values()[i];
            if (!(lambda[i] < 1) || Double.isNaN(lambda[i])) {
                throw new DataException("Johansen: an eigenvalue is " + lambda[i] + " (a perfect fit of the "
                        + "differences on the levels); the data admit no test");
            }
            lambda[i] = Math.max(lambda[i], 0);
        }
        double[] trace = new double[n];
        double[] maxEigen = new double[n];
        double tail = 0;
        for (int r = n - 1; r >= 0; r--) {
            maxEigen[r] = -rows * Math.log1p(-lambda[r]);
            tail += maxEigen[r];
            trace[r] = tail;
        }
        double[][] traceCv = new double[n][];
        double[][] maxCv = new double[n][];
        int rank = n;
        for (int r = 0; r < n; r++) {
            traceCv[r] = JohansenCriticalValues.of(det, true, n - r);
            maxCv[r] = JohansenCriticalValues.of(det, false, n - r);
        }
        for (int r = 0; r < n; r++) {
            if (trace[r] < traceCv[r][1]) {
                rank = r;
                break;
            }
        }
        List<String> betaRows = new ArrayList<>(s.names());
        if (det.hasRestrictedTerm()) {
            betaRows.add(det.restrictedTermName());
        }
        double[][] vectors = new double[p1][n];
        for (int j = 0; j < n; j++) {
            double first = v[0][j];
            for (int i = 0; i < p1; i++) {
                vectors[i][j] = first == 0 ? v[i][j] : v[i][j] / first;
            }
        }
        double[][] restricted = n > 1 ? WeakExogeneity.restrictedEigenvalues(moments, n) : null;
        List<VecmEstimates> byRank = new ArrayList<>();
        for (int r = 0; r <= n; r++) {
            byRank.add(estimates(r, v, moments, n, k, det, betaRows, WeakExogeneity.tests(restricted, lambda, r, rows,
                    s.names())));
        }
        return new JohansenReport(spec, s.names(), rows, s.label(k + 1), s.label(s.size() - 1), lambda, trace,
                maxEigen, traceCv, maxCv, rank, vectors, betaRows, byRank);
    }

    private static VecmEstimates estimates(int r, double[][] v, JohansenMoments moments, int n, int k,
                                           JohansenCase det, List<String> betaRows,
                                           List<WeakExogeneityResult> weakExogeneity) {
        double[][] s01 = moments.s01();
        double[][] s11 = moments.s11();
        int p1 = v.length;
        double[][] beta = new double[p1][r];
        double[][] alpha = new double[n][r];
        if (r > 0) {
            double[][] vr = new double[p1][r];
            double[][] top = new double[r][r];
            for (int i = 0; i < p1; i++) {
                for (int j = 0; j < r; j++) {
                    vr[i][j] = v[i][j];
                    if (i < r) {
                        top[i][j] = v[i][j];
                    }
                }
            }
            beta = Matrices.multiply(vr, Matrices.inverse(top, "Johansen: the first " + r + " variables cannot "
                    + "be used to normalise the cointegrating vectors (singular block); reorder the variables"));
            double[][] bsb = Matrices.multiply(Matrices.transpose(beta), Matrices.multiply(s11, beta));
            alpha = Matrices.multiply(Matrices.multiply(s01, beta), Matrices.inverse(bsb,
                    "Johansen: beta' S11 beta is singular"));
        }
        // Short-run coefficients are those of d(y)_t - Pi z_t on the lagged differences and free terms: no refit
        // per rank (see JohansenMoments).
        double[][] pi = r == 0 ? new double[n][p1] : Matrices.multiply(alpha, Matrices.transpose(beta));
        double[][] coef = moments.shortRun(pi);
        List<double[][]> gamma = new ArrayList<>();
        for (int l = 0; l < k; l++) {
            gamma.add(new double[n][n]);
        }
        int dn = det.unrestrictedTermCount();
        double[][] detCoef = new double[n][dn];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                for (int j = 0; j < n; j++) {
                    gamma.get(l)[i][j] = coef[i][l * n + j];
                }
            }
            for (int q = 0; q < dn; q++) {
                detCoef[i][q] = coef[i][n * k + q];
            }
        }
        List<String> detNames = dn == 0 ? List.of() : dn == 1 ? List.of("const") : List.of("const", "trend");
        return new VecmEstimates(r, betaRows, beta, alpha, gamma, detNames, detCoef, moments.residualCovariance(pi),
                weakExogeneity);
    }

    /** Partialled out by QR, with z2's columns named for messages about collinear lagged differences. */
    private static JohansenMoments byQr(CointegrationSample s, double[][] y, int k, JohansenCase det, int rows) {
        int n = y.length;
        List<String> z2Names = new ArrayList<>();
        for (int l = 1; l <= k; l++) {
            for (int j = 0; j < n; j++) {
                z2Names.add("d(" + s.names().get(j) + ")(-" + l + ")");
            }
        }
        if (det.unrestrictedTermCount() >= 1) {
            z2Names.add("const");
        }
        if (det.unrestrictedTermCount() >= 2) {
            z2Names.add("trend");
        }
        return JohansenMoments.byQr(y, k, det, rows, z2Names);
    }

    private static void symmetrise(double[][] c) {
        for (int i = 0; i < c.length; i++) {
            for (int j = i + 1; j < c.length; j++) {
                double m = 0.5 * (c[i][j] + c[j][i]);
                c[i][j] = m;
                c[j][i] = m;
            }
        }
    }
}
