package org.tradeworkbench.core.stats.ols;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;

/**
 * An estimated OLS model: coefficients with the chosen covariance, fit statistics with statsmodels' conventions,
 * and the specification tests (computed on first use, since White's test on a large design costs more than the
 * fit itself).
 */
public final class OlsResult implements Report {

    /**
     * The observations used.
     *
     * @param rows    their rows in the dataset
     * @param labels  their period labels
     * @param dropped rows of the dataset left out because a term was missing
     */
    public record Sample(int[] rows, String[] labels, int dropped) {
        /** Rows dropped between the first and the last observation used (gaps inside the sample). */
        public int interiorDropped() {
            return rows.length == 0 ? 0 : rows[rows.length - 1] - rows[0] + 1 - rows.length;
        }
    }

    /**
     * The note when rows inside the sample were dropped, null otherwise: the residuals on either side of a gap are
     * treated as neighbours by the tests that use their order, as R after {@code na.omit} (gretl refuses them).
     */
    public String gapNote() {
        int inside = sample.interiorDropped();
        if (inside == 0) {
            return null;
        }
        return sample.dropped() + (sample.dropped() == 1 ? " row" : " rows") + " dropped for missing values ("
                + inside + " inside the sample); Durbin-Watson, Breusch-Godfrey, ARCH, Ljung-Box, CUSUM and HAC treat the "
                + "remaining rows as consecutive, as R does after na.omit";
    }

    private final String dependent;
    private final double[] y;
    private final DesignMatrix x;
    private final LeastSquaresFit fit;
    private final OlsOptions options;
    private final Sample sample;
    private final double[][] cov;
    private final List<Coefficient> coefficients;
    private final boolean hasConstant;
    private Collinearity collinearity;
    private final int nobs;
    private final int dfResid;
    private final int dfModel;
    private final double ssr;
    private final double tss;
    private final double rSquared;
    private final double adjRSquared;
    private final double fStatistic;
    private final double fPValue;
    private final double logLikelihood;
    private final double durbinWatson;
    private OlsDiagnostics diagnostics;
    /** The bandwidth of an automatic, prewhitened or adjusted HAC covariance; null otherwise. */
    private final HacEstimate hac;

    OlsResult(String dependent, double[] y, DesignMatrix x, LeastSquaresFit fit, OlsOptions options, Sample sample,
            double[][] cov, HacEstimate hac) {
        this.hac = hac;
        this.dependent = dependent;
        this.y = y;
        this.x = x;
        this.fit = fit;
        this.options = options;
        this.sample = sample;
        this.cov = cov;
        this.hasConstant = options.constant();
        this.nobs = y.length;
        int k = x.cols();
        this.dfResid = nobs - k;
        this.dfModel = k - (hasConstant ? 1 : 0);
        this.ssr = fit.ssr();
        this.tss = hasConstant ? centredSumOfSquares(y) : org.tradeworkbench.core.linalg.LeastSquares.sumOfSquares(y);
        this.rSquared = 1 - ssr / tss;
        this.adjRSquared = 1 - (double) (nobs - (hasConstant ? 1 : 0)) / dfResid * (1 - rSquared);
        double tq = Distributions.studentQuantileUpper(0.05, dfResid);
        List<Coefficient> cs = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double b = fit.coefficient(j);
            double se = Math.sqrt(cov[j][j]);
            double t = b / se;
            cs.add(new Coefficient(x.name(j), b, se, t, Distributions.studentTwoSided(t, dfResid), b - tq * se,
                    b + tq * se));
        }
        this.coefficients = List.copyOf(cs);
        if (dfModel == 0) {
            this.fStatistic = Double.NaN;
        } else if (options.covariance() == CovarianceType.CLASSICAL) {
            this.fStatistic = ((tss - ssr) / dfModel) / (ssr / dfResid);
        } else {
            int[] idx = new int[dfModel];
            for (int i = 0; i < dfModel; i++) {
                idx[i] = i + (hasConstant ? 1 : 0);
            }
            this.fStatistic = Ols.waldF(fit.coefficients(), cov, idx);
        }
        this.fPValue = Distributions.fUpper(fStatistic, dfModel, dfResid);
        this.logLikelihood = -nobs / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / nobs) + 1);
        double[] e = fit.residuals();
        double d = 0;
        for (int i = 1; i < nobs; i++) {
            double diff = e[i] - e[i - 1];
            d += diff * diff;
        }
        this.durbinWatson = d / ssr;
    }

    private static double centredSumOfSquares(double[] v) {
        double mean = 0;
        for (double a : v) {
            mean += a;
        }
        mean /= v.length;
        double c = 0;
        for (double a : v) {
            c += a - mean;
        }
        mean += c / v.length;
        double s = 0;
        double comp = 0;
        for (double a : v) {
            double dv = a - mean;
            double t = dv * dv - comp;
            double u = s + t;
            comp = (u - s) - t;
            s = u;
        }
        return s;
    }

    @Override
    public String title() {
        return "OLS: " + dependent;
    }

    public String dependent() {
        return dependent;
    }

    public List<Coefficient> coefficients() {
        return coefficients;
    }

    public Coefficient coefficient(String name) {
        for (Coefficient c : coefficients) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no coefficient " + name);
    }

    /** The lags of a HAC covariance: the last lag with a non-zero weight when automatic, else the lags asked for. */
    public int hacLags() {
        return hac != null ? hac.lags() : options.hacLagsFor(nobs);
    }

    /** The bandwidth b of the HAC weights kernel(l / b) (lags + 1 when fixed). */
    public double hacBandwidth() {
        return hac != null ? hac.bandwidth() : options.hacLagsFor(nobs) + 1.0;
    }

    /** The bandwidth the automatic rule returned (R {@code bwNeweyWest}, {@code bwAndrews}); lags + 1 when fixed. */
    public double hacSelectedBandwidth() {
        return hac != null ? hac.selected() : options.hacLagsFor(nobs) + 1.0;
    }

    /** The covariance as the notes name it, with the HAC bandwidth used. */
    public String covarianceText() {
        CovarianceType c = options.covariance();
        if (!c.isHac()) {
            return c.label();
        }
        HacSettings h = options.hac();
        String out = c.label() + ", " + hacLags() + " lags";
        if (h.bandwidth() != HacBandwidth.FIXED) {
            out += ", " + h.bandwidth().label() + " bandwidth "
                    + org.tradeworkbench.core.report.NumberFormats.general(hacSelectedBandwidth());
        }
        if (h.prewhite()) {
            out += ", VAR(1) prewhitened";
        }
        if (h.adjust()) {
            out += ", small-sample factor n/(n-k)";
        }
        return out;
    }

    /** Coefficient covariance matrix under the chosen estimator (do not modify). */
    public double[][] covariance() {
        return cov;
    }

    public OlsOptions options() {
        return options;
    }

    public Sample sample() {
        return sample;
    }

    /** Variance inflation factors and the condition number of the design (computed on first use). */
    public synchronized Collinearity collinearity() {
        if (collinearity == null) {
            collinearity = Collinearity.of(x, hasConstant);
        }
        return collinearity;
    }

    public boolean hasConstant() {
        return hasConstant;
    }

    public int nobs() {
        return nobs;
    }

    public int dfResid() {
        return dfResid;
    }

    public int dfModel() {
        return dfModel;
    }

    /** Number of estimated coefficients, the constant included. */
    public int parameterCount() {
        return x.cols();
    }

    public double ssr() {
        return ssr;
    }

    public double rSquared() {
        return rSquared;
    }

    public double adjRSquared() {
        return adjRSquared;
    }

    public double fStatistic() {
        return fStatistic;
    }

    public double fPValue() {
        return fPValue;
    }

    public double logLikelihood() {
        return logLikelihood;
    }

    public double aic() {
        return -2 * logLikelihood + 2 * x.cols();
    }

    public double bic() {
        return -2 * logLikelihood + x.cols() * Math.log(nobs);
    }

    /** Standard error of the regression, {@code sqrt(SSR / df_resid)}. */
    public double standardErrorOfRegression() {
        return Math.sqrt(ssr / dfResid);
    }

    public double durbinWatson() {
        return durbinWatson;
    }

    public double dependentMean() {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s / nobs;
    }

    /** Residuals in sample order (a copy). */
    public double[] residuals() {
        return fit.residuals().clone();
    }

    /** Fitted values in sample order. */
    public double[] fitted() {
        return fit.fitted(y);
    }

    /** The dependent variable over the sample (a copy). */
    public double[] dependentValues() {
        return y.clone();
    }

    DesignMatrix design() {
        return x;
    }

    LeastSquaresFit leastSquares() {
        return fit;
    }

    double[] y() {
        return y;
    }

    /** The specification tests, computed on first call. */
    public synchronized OlsDiagnostics diagnostics() {
        if (diagnostics == null) {
            diagnostics = OlsDiagnostics.of(this);
        }
        return diagnostics;
    }

    /**
     * The fitted equation as papers print it, e.g. {@code lny = 0.77 lny(-1) - 1.24 RATIO + 0.94 PATENT}, each
     * coefficient rounded to {@code digits} significant digits.
     */
    public String equation(int digits) {
        return equation(v -> significant(v, digits));
    }

    /**
     * The fitted equation with each coefficient written as the coefficient table shows it ({@link
     * #coefficientCell}) at {@code fixedDecimals} (negative: the table's own general format), so that the equation
     * and the table read the same digits.
     */
    public String tableEquation(int fixedDecimals) {
        return equation(v -> coefficientCell(v).display(fixedDecimals));
    }

    /** A coefficient's cell in the coefficient table: up to six significant digits, or the chosen decimals. */
    public static Cell coefficientCell(double estimate) {
        return Cell.number(estimate, -1);
    }

    /** The equation with each coefficient's magnitude written by {@code magnitude} (the sign is the operator). */
    private String equation(java.util.function.DoubleFunction<String> magnitude) {
        StringBuilder sb = new StringBuilder(dependent).append(" = ");
        boolean first = true;
        for (Coefficient c : coefficients) {
            double b = c.estimate();
            if (first) {
                sb.append(b < 0 ? "-" : "");
            } else {
                sb.append(b < 0 ? " - " : " + ");
            }
            sb.append(magnitude.apply(Math.abs(b)));
            if (!c.name().equals(Ols.CONSTANT)) {
                sb.append(' ').append(c.name());
            }
            first = false;
        }
        return sb.toString();
    }

    private static String significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return Double.isFinite(v) ? "0" : String.valueOf(v);
        }
        if (org.tradeworkbench.core.report.NumberFormats.isScientific(v)) {
            // As the coefficient table writes such a magnitude, not as a long run of zeros.
            return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        String s = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
        return s;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dependent", dependent);
        m.put("nobs", nobs);
        m.put("df_resid", dfResid);
        m.put("df_model", dfModel);
        m.put("dropped", sample.dropped());
        m.put("dropped_inside", sample.interiorDropped());
        if (nobs > 0) {
            m.put("sample_start", sample.labels()[0]);
            m.put("sample_end", sample.labels()[nobs - 1]);
        }
        m.put("covariance", options.covariance().key());
        if (options.covariance().isHac()) {
            m.put("hac_lags", hacLags());
            m.put("hac_bandwidth_rule", options.hac().bandwidth().key());
            m.put("hac_bandwidth", hacBandwidth());
            m.put("hac_selected_bandwidth", hacSelectedBandwidth());
            m.put("hac_prewhite", options.hac().prewhite());
            m.put("hac_adjust", options.hac().adjust());
        }
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Coefficient c : coefficients) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.name());
            e.put("estimate", c.estimate());
            e.put("std_error", c.stdError());
            e.put("t", c.t());
            e.put("p_value", c.pValue());
            e.put("ci_low", c.ciLow());
            e.put("ci_high", c.ciHigh());
            cs.add(e);
        }
        m.put("coefficients", cs);
        m.put("r_squared", rSquared);
        m.put("adj_r_squared", adjRSquared);
        m.put("f_statistic", fStatistic);
        m.put("f_p_value", fPValue);
        m.put("durbin_watson", durbinWatson);
        m.put("log_likelihood", logLikelihood);
        m.put("aic", aic());
        m.put("bic", bic());
        m.put("ssr", ssr);
        m.put("se_regression", standardErrorOfRegression());
        m.put("equation", equation(3));
        m.put("diagnostics", diagnostics().toJson());
        m.put("collinearity", collinearity().toJson());
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        ResultTable.Builder t = ResultTable.builder("OLS: dependent variable " + dependent, "Variable",
                "Coefficient", "Std. error", "t", "p-value", "95% CI low", "95% CI high");
        for (Coefficient c : coefficients) {
            t.row(Cell.text(c.name()), coefficientCell(c.estimate()), Cell.number(c.stdError(), -1),
                    Cell.number(c.t(), 3), Cell.pValue(c.pValue()),
                    Cell.number(c.ciLow(), -1), Cell.number(c.ciHigh(), -1));
        }
        t.note("Sample " + (nobs > 0 ? sample.labels()[0] + " - " + sample.labels()[nobs - 1] : "") + ", " + nobs
                + " observations" + (sample.dropped() > 0 ? " (" + sample.dropped()
                + " dropped for missing values)" : ""));
        t.note("Standard errors: " + covarianceText());
        if (gapNote() != null) {
            t.note(gapNote() + ".");
        }
        t.note(tableEquation(-1));
        out.add(t.build());
        ResultTable.Builder f = ResultTable.builder("Fit statistics", "Statistic", "Value");
        f.row(Cell.text("Observations"), Cell.integer(nobs));
        f.row(Cell.text("Residual df"), Cell.integer(dfResid));
        f.row(Cell.text(hasConstant ? "R-squared" : "R-squared (uncentred)"), Cell.number(rSquared, 4));
        f.row(Cell.text("Adjusted R-squared"), Cell.number(adjRSquared, 4));
        f.row(Cell.text("F(" + dfModel + ", " + dfResid + ")"), Cell.number(fStatistic, 4));
        f.row(Cell.text("Prob > F"), Cell.pValue(fPValue));
        f.row(Cell.text("S.E. of regression"), Cell.number(standardErrorOfRegression(), -1));
        f.row(Cell.text("Sum of squared residuals"), Cell.number(ssr, -1));
        f.row(Cell.text("Log-likelihood"), Cell.number(logLikelihood, 4));
        f.row(Cell.text("AIC"), Cell.number(aic(), 4));
        f.row(Cell.text("BIC"), Cell.number(bic(), 4));
        f.row(Cell.text("Durbin-Watson"), Cell.number(durbinWatson, 4));
        out.add(f.build());
        out.add(diagnostics().table());
        out.add(collinearity().table());
        return out;
    }
}
