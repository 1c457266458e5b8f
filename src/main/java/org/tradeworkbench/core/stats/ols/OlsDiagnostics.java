package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * Specification tests of a fitted OLS model, with statsmodels' definitions:
 * <ul>
 * <li>Breusch-Godfrey: R's {@code lmtest::bgtest(order = K)} (residuals lagged with zeros before the sample,
 * LM = n R^2 of the auxiliary regression, and its F form); with a constant also statsmodels'
 * {@code acorr_breusch_godfrey(res, nlags=K)}.</li>
 * <li>Breusch-Pagan: {@code het_breuschpagan(resid, exog)} with its default {@code robust=True}, i.e.
 * Koenker's studentised LM = n R^2 of e^2 on a constant and the regressors (R's {@code bptest} default).</li>
 * <li>White: {@code het_white(resid, exog)}: e^2 on the regressors, their squares and cross products, repeated
 * columns left out.</li>
 * <li>Jarque-Bera: {@code jarque_bera(resid)}, moments with divisor n.</li>
 * <li>Ljung-Box and Box-Pierce Q of the residuals: R {@code Box.test(fitdf = 0)}.</li>
 * <li>ARCH LM: statsmodels {@code het_arch}, R {@code FinTS::ArchTest}.</li>
 * <li>Ramsey RESET: F test adding the squared and cubed fitted values, as R's
 * {@code lmtest::resettest(power = 2:3, type = "fitted")} and statsmodels' {@code linear_reset(res, power=3,
 * use_f=True)}.</li>
 * </ul>
 * Without a constant in the model (see docs/regression.md): Breusch-Godfrey adds the lagged residuals to the
 * model's own regressors and adds no constant (R {@code bgtest}, gretl; statsmodels adds one and centres R^2,
 * which we do not follow); the variance functions of Breusch-Pagan and White always have their own constant
 * (gretl, and R {@code bptest} with the regressors as the variance formula). RESET adds the powers to the model.
 */
public final class OlsDiagnostics {
    private final List<DiagnosticResult> tests;
    private final double skewness;
    private final double kurtosis;

    private OlsDiagnostics(List<DiagnosticResult> tests, double skewness, double kurtosis) {
        this.tests = List.copyOf(tests);
        this.skewness = skewness;
        this.kurtosis = kurtosis;
    }

    /** Computes the tests afresh (a result caches its own in {@link OlsResult#diagnostics()}). */
    public static OlsDiagnostics of(OlsResult r) {
        DesignMatrix x = r.design();
        double[] e = r.leastSquares().residuals();
        int n = e.length;
        List<DiagnosticResult> list = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<double[]> base = new ArrayList<>();
        if (!r.hasConstant()) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            names.add(Ols.CONSTANT);
            base.add(one);
        }
        for (int j = 0; j < x.cols(); j++) {
            names.add(x.name(j));
            base.add(x.column(j));
        }
        list.add(breuschGodfrey(e, x, r.options().bgOrder()));
        int q = r.options().qLagsFor(n);
        if (q > 0) {
            list.addAll(portmanteau(e, q));
        }
        if (r.options().archOrder() > 0) {
            list.add(arch(e, r.options().archOrder()));
        }
        if (r.options().chowBreak() != null) {
            list.add(chow(r, r.options().chowBreak()));
        }
        double[] e2 = new double[n];
        for (int i = 0; i < n; i++) {
            e2[i] = e[i] * e[i];
        }
        list.add(breuschPagan(e2, names, base));
        list.add(white(e2, names, base));
        double[] moments = moments(e);
        double jb = n / 6.0 * (moments[0] * moments[0] + (moments[1] - 3) * (moments[1] - 3) / 4);
        list.add(DiagnosticResult.chiSquare("jarque_bera", "Jarque-Bera normality", "residuals are normal", jb, 2));
        list.add(reset(r));
        return new OlsDiagnostics(list, moments[0], moments[1]);
    }

    /** Skewness and kurtosis (not excess) of the residuals, with divisor n. */
    private static double[] moments(double[] e) {
        int n = e.length;
        double mean = 0;
        for (double v : e) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : e) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        return new double[] {m3 / Math.pow(m2, 1.5), m4 / (m2 * m2)};
    }

    /**
     * The model's own regressors (no constant added when the model has none) and the {@code order} lagged
     * residuals, zeros before the sample, explain the residuals; LM = n R^2 with R^2 uncentred (the share of
     * e'e the auxiliary regression explains), F compares its SSR with e'e. As R {@code lmtest::bgtest} and gretl
     * {@code modtest --autocorr}; with a constant in the model it is also statsmodels' statistic.
     */
    private static DiagnosticResult breuschGodfrey(double[] e, DesignMatrix x, int order) {
        int n = e.length;
        if (n - x.cols() - order < 1) {
            return unavailable("breusch_godfrey", "Breusch-Godfrey LM (order " + order + ")",
                    "no autocorrelation up to order " + order);
        }
        List<String> an = new ArrayList<>(x.names());
        List<double[]> ac = new ArrayList<>();
        for (int j = 0; j < x.cols(); j++) {
            ac.add(x.column(j));
        }
        for (int l = 1; l <= order; l++) {
            double[] lag = new double[n];
            System.arraycopy(e, 0, lag, l, n - l);
            an.add("e(-" + l + ")");
            ac.add(lag);
        }
        LeastSquaresFit restricted = LeastSquares.fitIndependentColumns(x, e);
        LeastSquaresFit full = LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(an, ac), e);
        double ee = 0;
        for (double v : e) {
            ee += v * v;
        }
        double lm = n * (1 - full.ssr() / ee);
        int added = full.rank() - restricted.rank();
        double f = ((ee - full.ssr()) / added) / (full.ssr() / full.dfResid());
        return DiagnosticResult.lmAndF("breusch_godfrey", "Breusch-Godfrey LM (order " + order + ")",
                "no autocorrelation up to order " + order, lm, order, f, added, full.dfResid());
    }

    /**
     * Ljung-Box {@code Q = n (n + 2) sum_k r_k^2 / (n - k)} and Box-Pierce {@code Q = n sum_k r_k^2} of the
     * residuals' autocorrelations {@code r_k} (about their mean) at lags 1..h, chi-square with h degrees of
     * freedom (no degrees of freedom taken off for the regression: R {@code Box.test(fitdf = 0)}).
     */
    private static List<DiagnosticResult> portmanteau(double[] e, int h) {
        int n = e.length;
        String h0 = "no autocorrelation up to lag " + h;
        if (h >= n) {
            return List.of(unavailable("ljung_box", "Ljung-Box Q (" + h + " lags)", h0),
                    unavailable("box_pierce", "Box-Pierce Q (" + h + " lags)", h0));
        }
        double mean = 0;
        for (double v : e) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : e) {
            c0 += (v - mean) * (v - mean);
        }
        double lb = 0;
        double bp = 0;
        for (int k = 1; k <= h; k++) {
            double ck = 0;
            for (int t = k; t < n; t++) {
                ck += (e[t] - mean) * (e[t - k] - mean);
            }
            double rk = ck / c0;
            lb += rk * rk / (n - k);
            bp += rk * rk;
        }
        return List.of(DiagnosticResult.chiSquare("ljung_box", "Ljung-Box Q (" + h + " lags)", h0,
                        n * (n + 2.0) * lb, h),
                DiagnosticResult.chiSquare("box_pierce", "Box-Pierce Q (" + h + " lags)", h0, n * bp, h));
    }

    /**
     * Engle's ARCH LM of order q: the squared residuals on a constant and their q lags, over the n - q
     * observations that have all lags; LM = (n - q) R^2 (chi-square, q df) and the regression's F (statsmodels
     * {@code het_arch}, R {@code FinTS::ArchTest}).
     */
    private static DiagnosticResult arch(double[] e, int q) {
        int n = e.length;
        String key = "arch";
        String name = "ARCH LM (order " + q + ")";
        String h0 = "no ARCH effects up to order " + q;
        int m = n - q;
        if (m - q - 1 < 1) {
            return unavailable(key, name, h0);
        }
        double[] y = new double[m];
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        double[] one = new double[m];
        java.util.Arrays.fill(one, 1.0);
        names.add(Ols.CONSTANT);
        cols.add(one);
        for (int t = 0; t < m; t++) {
            y[t] = e[t + q] * e[t + q];
        }
        for (int l = 1; l <= q; l++) {
            double[] c = new double[m];
            for (int t = 0; t < m; t++) {
                double v = e[t + q - l];
                c[t] = v * v;
            }
            names.add("e^2(-" + l + ")");
            cols.add(c);
        }
        return auxiliary(key, name, h0, y, DesignMatrix.ofColumns(names, cols));
    }

    /**
     * Chow's break test: the model fitted on the periods before {@code period} and from it on, F = ((SSR -
     * SSR1 - SSR2)/k) / ((SSR1 + SSR2)/(n - 2k)), the F form of gretl's {@code chow} (every coefficient allowed to
     * change). A period outside the sample, or a regime with no more observations than coefficients, is a
     * {@link org.tradeworkbench.core.data.DataException} naming it.
     */
    static DiagnosticResult chow(OlsResult r, String period) {
        String[] labels = r.sample().labels();
        int n = labels.length;
        int b = java.util.Arrays.asList(labels).indexOf(period);
        if (b < 0) {
            throw new org.tradeworkbench.core.data.DataException("the Chow break " + period + " is not a period of"
                    + " the estimation sample (" + labels[0] + " to " + labels[n - 1] + ")");
        }
        DesignMatrix x = r.design();
        int k = x.cols();
        if (b <= k || n - b <= k) {
            throw new org.tradeworkbench.core.data.DataException("the Chow break " + period + " leaves " + b
                    + " observations before it and " + (n - b) + " from it on; each regime needs more than the "
                    + k + " coefficients");
        }
        double ssr1 = subsampleSsr(x, r.y(), 0, b);
        double ssr2 = subsampleSsr(x, r.y(), b, n);
        double within = ssr1 + ssr2;
        int df2 = n - 2 * k;
        double f = ((r.ssr() - within) / k) / (within / df2);
        return DiagnosticResult.fOnly("chow", "Chow break test at " + period, "no break at " + period, f, k, df2);
    }

    private static double subsampleSsr(DesignMatrix x, double[] y, int from, int to) {
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < x.cols(); j++) {
            cols.add(java.util.Arrays.copyOfRange(x.column(j), from, to));
        }
        return LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(x.names(), cols),
                java.util.Arrays.copyOfRange(y, from, to)).ssr();
    }

    private static DiagnosticResult breuschPagan(double[] e2, List<String> names, List<double[]> base) {
        return auxiliary("breusch_pagan", "Breusch-Pagan (Koenker)", "homoskedasticity", e2,
                DesignMatrix.ofColumns(names, base));
    }

    private static DiagnosticResult white(double[] e2, List<String> names, List<double[]> base) {
        int n = e2.length;
        List<String> wn = new ArrayList<>();
        List<double[]> wc = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            for (int j = i; j < base.size(); j++) {
                double[] a = base.get(i);
                double[] b = base.get(j);
                double[] p = new double[n];
                for (int t = 0; t < n; t++) {
                    p[t] = a[t] * b[t];
                }
                wn.add(names.get(i) + "*" + names.get(j));
                wc.add(p);
            }
        }
        return auxiliary("white", "White", "homoskedasticity", e2, DesignMatrix.ofColumns(wn, wc));
    }

    /** LM = n R^2 and the overall F of regressing {@code v} on {@code z} (whose first column is the constant). */
    private static DiagnosticResult auxiliary(String key, String name, String h0, double[] v, DesignMatrix z) {
        int n = v.length;
        LeastSquaresFit aux = LeastSquares.fitIndependentColumns(z, v);
        int df = aux.rank() - 1;
        if (aux.dfResid() < 1 || df < 1) {
            return unavailable(key, name, h0);
        }
        double tss = tss(v);
        double r2 = 1 - aux.ssr() / tss;
        double f = ((tss - aux.ssr()) / df) / (aux.ssr() / aux.dfResid());
        return DiagnosticResult.lmAndF(key, name, h0, n * r2, df, f, df, aux.dfResid());
    }

    private static DiagnosticResult reset(OlsResult r) {
        DesignMatrix x = r.design();
        double[] y = r.y();
        double[] fitted = r.leastSquares().fitted(y);
        int n = y.length;
        String key = "reset";
        String name = "Ramsey RESET (fitted^2, fitted^3)";
        String h0 = "no neglected nonlinearity";
        if (n - x.cols() - 2 < 1) {
            return unavailable(key, name, h0);
        }
        // Scaling the fitted values by their largest magnitude changes neither the fit nor the test, but keeps
        // the powers of large numbers representable and well balanced.
        double scale = 0;
        for (double v : fitted) {
            scale = Math.max(scale, Math.abs(v));
        }
        scale = scale == 0 ? 1 : scale;
        List<String> an = new ArrayList<>(x.names());
        List<double[]> ac = new ArrayList<>();
        for (int j = 0; j < x.cols(); j++) {
            ac.add(x.column(j));
        }
        double[] f2 = new double[n];
        double[] f3 = new double[n];
        for (int i = 0; i < n; i++) {
            double s = fitted[i] / scale;
            f2[i] = s * s;
            f3[i] = s * s * s;
        }
        an.add("fitted^2");
        an.add("fitted^3");
        ac.add(f2);
        ac.add(f3);
        LeastSquaresFit aux = LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(an, ac), y);
        int added = aux.rank() - x.cols();
        if (added < 1) {
            return unavailable(key, name, h0);
        }
        double f = ((r.ssr() - aux.ssr()) / added) / (aux.ssr() / aux.dfResid());
        return DiagnosticResult.fOnly(key, name, h0, f, added, aux.dfResid());
    }

    private static double tss(double[] v) {
        double mean = 0;
        for (double a : v) {
            mean += a;
        }
        mean /= v.length;
        double s = 0;
        for (double a : v) {
            s += (a - mean) * (a - mean);
        }
        return s;
    }

    private static double centredRSquared(double[] v, double ssr) {
        return 1 - ssr / tss(v);
    }

    private static DiagnosticResult unavailable(String key, String name, String h0) {
        return new DiagnosticResult(key, name, h0 + " (too few observations)", Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public List<DiagnosticResult> tests() {
        return tests;
    }

    public DiagnosticResult get(String key) {
        for (DiagnosticResult t : tests) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no diagnostic " + key);
    }

    public double residualSkewness() {
        return skewness;
    }

    public double residualKurtosis() {
        return kurtosis;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (DiagnosticResult t : tests) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", t.name());
            e.put("null_hypothesis", t.nullHypothesis());
            if (!Double.isNaN(t.df())) {
                e.put("statistic", t.statistic());
                e.put("df", t.df());
                e.put("p_value", t.pValue());
            }
            if (!Double.isNaN(t.fDfNum())) {
                e.put("f_statistic", t.fStatistic());
                e.put("f_df_num", t.fDfNum());
                e.put("f_df_denom", t.fDfDenom());
                e.put("f_p_value", t.fPValue());
            }
            m.put(t.key(), e);
        }
        m.put("residual_skewness", skewness);
        m.put("residual_kurtosis", kurtosis);
        return m;
    }

    ResultTable table() {
        ResultTable.Builder b = ResultTable.builder("Diagnostics", "Test", "Null hypothesis", "Statistic", "df",
                "p-value", "F", "df (F)", "p-value (F)");
        for (DiagnosticResult t : tests) {
            b.row(Cell.text(t.name()), Cell.text(t.nullHypothesis()), Cell.number(t.statistic(), 4),
                    Cell.text(Double.isNaN(t.df()) ? "" : NumberFormats.fixed(t.df(), 0)),
                    Double.isNaN(t.df()) ? Cell.text("") : Cell.pValue(t.pValue()),
                    Cell.number(t.fStatistic(), 4),
                    Cell.text(Double.isNaN(t.fDfNum()) ? "" : NumberFormats.fixed(t.fDfNum(), 0) + ", "
                            + NumberFormats.fixed(t.fDfDenom(), 0)),
                    Double.isNaN(t.fDfNum()) ? Cell.text("") : Cell.pValue(t.fPValue()));
        }
        b.note("Residual skewness " + NumberFormats.fixed(skewness, 4) + ", kurtosis "
                + NumberFormats.fixed(kurtosis, 4));
        return b.build();
    }
}
