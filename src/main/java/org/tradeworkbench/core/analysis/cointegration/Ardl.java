package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The ARDL bounds test of Pesaran, Shin and Smith (2001). The order is chosen as statsmodels'
 * {@code ardl_select_order} does (every model on the sample after maxLag rows, AIC/BIC with the Gaussian
 * log-likelihood and the variance counted as a parameter), over p = 1..maxLag and q = 0..maxLag. The
 * error-correction form is statsmodels' {@code UECM}: d(y)_t on the deterministic terms, y_{t-1}, each x_{t-1},
 * d(y)_{t-1..t-p+1} and d(x)_{t..t-q+1}, on its own longest sample; a regressor of order 0 enters with order 1
 * (x_{t-1} and d(x)_t both free), as the error-correction form needs. The F statistic tests the levels (with the
 * constant in case 2 and the trend in case 4); the t statistic is that of y_{t-1}.
 */
public final class Ardl implements Analysis<ArdlSpec, ArdlReport> {

    @Override
    public String kind() {
        return "ardl";
    }

    @Override
    public Class<ArdlSpec> specType() {
        return ArdlSpec.class;
    }

    @Override
    public ArdlReport run(ArdlSpec spec, Dataset data, ProgressReporter progress) {
        return run(spec, CointegrationSample.of(data, spec.variables()), progress);
    }

    static ArdlReport run(ArdlSpec spec, CointegrationSample s, ProgressReporter progress) {
        int n = s.size();
        int k = s.count() - 1;
        int maxLag = spec.maxLag();
        int det = spec.deterministicCount();
        int rows = n - maxLag;
        int largest = det + maxLag + k * (maxLag + 1);
        if (rows <= largest) {
            throw new DataException("ARDL: " + n + " observations of " + String.join(", ", s.names())
                    + " are too few for maxlag " + maxLag + ": the largest model has " + largest
                    + " coefficients on " + Math.max(rows, 0) + " rows; use a smaller maximum lag");
        }
        double[][] v = s.values();
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = v[0][r + maxLag];
        }
        List<ArdlReport.OrderRow> grid = new ArrayList<>();
        int[] q = new int[k];
        ArdlReport.OrderRow best = null;
        long total = (long) (maxLag * Math.pow(maxLag + 1, k));
        long done = 0;
        for (int p = 1; p <= maxLag; p++) {
            java.util.Arrays.fill(q, 0);
            while (true) {
                ArdlReport.OrderRow row = selectionFit(s, y, p, q, maxLag, det);
                grid.add(row);
                double value = spec.criterion() == LagCriterion.AIC ? row.aic() : row.bic();
                if (best == null || value < (spec.criterion() == LagCriterion.AIC ? best.aic() : best.bic())) {
                    best = row;
                }
                if (progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException("ARDL order selection cancelled");
                }
                progress.progress((double) ++done / total);
                int j = k - 1;
                while (j >= 0 && q[j] == maxLag) {
                    q[j--] = 0;
                }
                if (j < 0) {
                    break;
                }
                q[j]++;
            }
        }
        return errorCorrection(spec, s, best, grid, rows);
    }

    private static ArdlReport.OrderRow selectionFit(CointegrationSample s, double[] y, int p, int[] q, int maxLag,
                                                    int det) {
        double[][] v = s.values();
        int rows = y.length;
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        addDeterministic(names, cols, det, maxLag, rows);
        for (int l = 1; l <= p; l++) {
            cols.add(shifted(v[0], maxLag - l, rows));
            names.add(lagName(s.names().get(0), l));
        }
        for (int j = 0; j < q.length; j++) {
            for (int l = 0; l <= q[j]; l++) {
                cols.add(shifted(v[j + 1], maxLag - l, rows));
                names.add(lagName(s.names().get(j + 1), l));
            }
        }
        LeastSquaresFit fit = fit("ARDL order selection", names, cols, y);
        int[] order = new int[q.length + 1];
        order[0] = p;
        System.arraycopy(q, 0, order, 1, q.length);
        double sigma2 = fit.ssr() / rows;
        if (!(sigma2 > 0)) {
            throw new DataException("ARDL: " + s.names().get(0) + " is fitted exactly by ARDL" + orderText(order)
                    + "; the information criteria are undefined");
        }
        double llf = -rows * (Math.log(2 * Math.PI * sigma2) + 1) / 2;
        int params = cols.size() + 1;
        return new ArdlReport.OrderRow(order, -2 * llf + 2 * params, -2 * llf + Math.log(rows) * params);
    }

    private static ArdlReport errorCorrection(ArdlSpec spec, CointegrationSample s, ArdlReport.OrderRow best,
                                              List<ArdlReport.OrderRow> grid, int selectionRows) {
        double[][] v = s.values();
        int n = s.size();
        int k = s.count() - 1;
        int det = spec.deterministicCount();
        int p = best.order()[0];
        int[] q = new int[k];
        int hold = p;
        for (int j = 0; j < k; j++) {
            q[j] = Math.max(best.order()[j + 1], 1);
            hold = Math.max(hold, q[j]);
        }
        int rows = n - hold;
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        addDeterministic(names, cols, det, hold, rows);
        for (int j = 0; j <= k; j++) {
            cols.add(shifted(v[j], hold - 1, rows));
            names.add(lagName(s.names().get(j), 1));
        }
        for (int i = 1; i < p; i++) {
            cols.add(diff(v[0], hold - i, rows));
            names.add(diffName(s.names().get(0), i));
        }
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < q[j]; i++) {
                cols.add(diff(v[j + 1], hold - i, rows));
                names.add(diffName(s.names().get(j + 1), i));
            }
        }
        double[] dy = diff(v[0], hold, rows);
        int m = cols.size();
        if (rows <= m) {
            throw new DataException("ARDL: " + rows + " observations are too few for the error-correction form of "
                    + "ARDL" + orderText(best.order()) + " with " + m + " coefficients");
        }
        LeastSquaresFit fit = fit("ARDL error-correction form", names, cols, dy);
        double ssr = fit.ssr();
        if (!(ssr > 0)) {
            throw new DataException("ARDL: d(" + s.names().get(0) + ") is fitted exactly by the error-correction "
                    + "form; the bounds test is undefined");
        }
        double s2 = ssr / (rows - m);
        double[] b = fit.coefficients();
        double[][] xtxi = fit.xtxInverse();
        double[] se = new double[m];
        for (int i = 0; i < m; i++) {
            se[i] = Math.sqrt(s2 * xtxi[i][i]);
        }
        // Restricted: the levels, with the constant (case 2) or the trend (case 4).
        int firstTested = spec.boundsCase() == 2 ? 0 : spec.boundsCase() == 4 ? 1 : det;
        int lastTested = det + k;
        List<String> rNames = new ArrayList<>();
        List<double[]> rCols = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (i < firstTested || i > lastTested) {
                rNames.add(names.get(i));
                rCols.add(cols.get(i));
            }
        }
        int restrictions = lastTested - firstTested + 1;
        double ssrRestricted = rCols.isEmpty() ? LeastSquares.sumOfSquares(dy)
                : fit("ARDL restricted error-correction form", rNames, rCols, dy).ssr();
        double f = (ssrRestricted - ssr) / restrictions / s2;
        double t = b[det] / se[det];
        double[] longRun = new double[k];
        for (int j = 0; j < k; j++) {
            longRun[j] = -b[det + 1 + j] / b[det];
        }
        double[] pssF = BoundsCriticalValues.pssF(spec.boundsCase(), k);
        double[] pssT = BoundsCriticalValues.pssT(spec.boundsCase(), k);
        BoundsCriticalValues.Narayan narayan = BoundsCriticalValues.narayan(spec.boundsCase(), k, rows);
        ArdlVerdict verdict = narayan != null ? ArdlVerdict.of(f, narayan.bounds()[2], narayan.bounds()[3])
                : ArdlVerdict.of(f, pssF[2], pssF[3]);
        return new ArdlReport(spec, s.names(), s.label(0), s.label(n - 1), selectionRows, grid, best.order(),
                rows, s.label(hold), names, b, se, f, t, k, pssF, pssT, narayan == null ? 0 : narayan.size(),
                narayan == null ? null : narayan.bounds(), verdict, longRun);
    }

    private static LeastSquaresFit fit(String what, List<String> names, List<double[]> cols, double[] y) {
        try {
            return LeastSquares.fit(DesignMatrix.ofColumns(names, cols), y);
        } catch (DataException e) {
            throw new DataException(what + ": " + e.getMessage());
        }
    }

    private static void addDeterministic(List<String> names, List<double[]> cols, int det, int start, int rows) {
        if (det >= 1) {
            double[] c = new double[rows];
            java.util.Arrays.fill(c, 1);
            cols.add(c);
            names.add("const");
        }
        if (det >= 2) {
            // statsmodels' trend: 1 at the sample's first period.
            double[] tr = new double[rows];
            for (int r = 0; r < rows; r++) {
                tr[r] = start + r + 1;
            }
            cols.add(tr);
            names.add("trend");
        }
    }

    /** x at sample rows from..from+rows-1. */
    private static double[] shifted(double[] x, int from, int rows) {
        double[] out = new double[rows];
        System.arraycopy(x, from, out, 0, rows);
        return out;
    }

    /** d(x) at sample rows from..from+rows-1. */
    private static double[] diff(double[] x, int from, int rows) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = x[from + r] - x[from + r - 1];
        }
        return out;
    }

    static String lagName(String v, int l) {
        return l == 0 ? v : v + "(-" + l + ")";
    }

    static String diffName(String v, int l) {
        return l == 0 ? "d(" + v + ")" : "d(" + v + ")(-" + l + ")";
    }

    static String orderText(int[] order) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : ",").append(order[i]);
        }
        return b.append(')').toString();
    }
}
