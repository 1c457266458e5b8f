package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.Adf;

/**
 * An Engle-Granger test: the ADF tau of the cointegrating regression's residuals, its MacKinnon p-value and
 * critical values, and the cointegrating regression itself.
 *
 * @param pValue         MacKinnon (1994) p-value, NaN when N &gt; 6 (not tabulated; shown as such)
 * @param criticalValues 1%, 5%, 10%, or null for trend n
 * @param lags           lagged differences of the residual ADF regression
 * @param adfNobs        observations of the ADF regression
 * @param nobs           observations of the cointegrating regression
 * @param regressors     names of the cointegrating regression's regressors (the other variables, then terms)
 * @param maxLag         the largest lag order tried, or -1 for fixed lags
 */
public record EngleGrangerReport(EngleGrangerSpec spec, List<String> variables, double statistic, double pValue,
                                 double[] criticalValues, int lags, int adfNobs, int nobs, String sampleFirst,
                                 String sampleLast, List<String> regressors, double[] coefficients,
                                 double[] standardErrors, double rSquared, int maxLag) implements Report {

    public EngleGrangerReport {
        variables = List.copyOf(variables);
        regressors = List.copyOf(regressors);
    }

    public boolean hasPValue() {
        return !Double.isNaN(pValue);
    }

    @Override
    public String title() {
        return "Engle-Granger test: " + String.join(", ", variables);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", statistic);
        m.put("p_value", hasPValue() ? pValue : null);
        Map<String, Object> cv = null;
        if (criticalValues != null) {
            cv = new LinkedHashMap<>();
            cv.put("1%", criticalValues[0]);
            cv.put("5%", criticalValues[1]);
            cv.put("10%", criticalValues[2]);
        }
        m.put("critical_values", cv);
        m.put("lags", lags);
        m.put("nobs", nobs);
        m.put("adf_nobs", adfNobs);
        m.put("trend", spec.trend().code());
        m.put("autolag", spec.autolag() == null ? null : spec.autolag().code());
        m.put("maxlag", spec.autolag() == null ? null : maxLag);
        m.put("variables", variables);
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        List<Object> reg = new ArrayList<>();
        for (int i = 0; i < regressors.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", regressors.get(i));
            r.put("estimate", coefficients[i]);
            r.put("std_error", standardErrors[i]);
            reg.add(r);
        }
        m.put("cointegrating_regression", reg);
        m.put("r_squared", rSquared);
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        String dep = variables.get(0);
        ResultTable.Builder t = ResultTable.builder("Engle-Granger cointegration test: " + String.join(", ",
                variables), "", "value");
        t.row(Cell.text("ADF statistic of the residuals"), Cell.number(statistic, 4));
        t.row(Cell.text("p-value (MacKinnon 1994, N = " + variables.size() + ")"),
                hasPValue() ? Cell.pValue(pValue) : Cell.text("not tabulated for N > 6"));
        t.row(Cell.text("lags"), Cell.integer(lags));
        t.row(Cell.text("observations"), Cell.integer(nobs));
        String[] levels = {"1%", "5%", "10%"};
        for (int i = 0; i < 3; i++) {
            t.row(Cell.text("critical value " + levels[i]), criticalValues == null
                    ? Cell.text("none for trend n") : Cell.number(criticalValues[i], 4));
        }
        t.note("H0: no cointegration (the residuals have a unit root). Deterministic terms: "
                + spec.trend().description() + ".");
        t.note("Sample " + sampleFirst + " .. " + sampleLast + ", " + nobs + " observations; lags "
                + (spec.autolag() != null ? "chosen by " + spec.autolag().label() + " among 0.." + maxLag
                + ruleNote() : "fixed") + ". Critical values: MacKinnon (2010) at nobs - 1.");
        ResultTable.Builder reg = ResultTable.builder("Cointegrating regression: " + dep, "", "coefficient",
                "std. error");
        for (int i = 0; i < regressors.size(); i++) {
            reg.row(Cell.text(regressors.get(i)), Cell.number(coefficients[i], 6),
                    Cell.number(standardErrors[i], 6));
        }
        reg.note("R-squared " + String.format(java.util.Locale.ROOT, "%.6f", rSquared)
                + ". OLS standard errors are not valid for inference on a cointegrating regression.");
        return List.of(t.build(), reg.build());
    }

    /** For the default maximum lag: the rule's value, and why it was lowered where it was. */
    private String ruleNote() {
        if (spec.maxLag() != null) {
            return " (maximum set by the user)";
        }
        int rule = Adf.defaultMaxLag(nobs, UnitRootTrend.NONE);
        return " (statsmodels' rule min(ceil(12 (" + nobs + "/100)^(1/4)), " + nobs + "/2 - 1) = " + rule
                + (rule > maxLag ? ", lowered to " + maxLag + ": with " + rule + " lags the largest candidate regression"
                + " would fit its observations exactly" : "") + ")";
    }
}
