package org.tradeworkbench.core.stats.unitroot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;

/**
 * An augmented Dickey-Fuller test: the tau statistic (t of the lagged level), MacKinnon's approximate p-value
 * and critical values, and the test regression itself.
 *
 * @param series         the name of the series as given (before differencing)
 * @param tested         the name of the tested series, e.g. {@code d(x)} for the first difference
 * @param spec           the test as asked for
 * @param statistic      the ADF tau statistic
 * @param pValue         MacKinnon (1994) approximate p-value
 * @param criticalValues MacKinnon (2010) critical values at 1%, 5% and 10% for {@code nobs}
 * @param lags           lagged differences in the test regression
 * @param nobs           observations in the test regression
 * @param maxLag         the largest order considered by the lag criterion, or -1 for fixed lags
 * @param icBest         the chosen order's criterion on the common sample (|t| for t-stat), NaN for fixed lags
 * @param criterionByLag the criterion of every order 0..maxLag on the common sample, or empty for fixed lags
 * @param regressors     names of the test regression's regressors
 * @param sampleFirst    period (or observation) of the first row of the test regression
 * @param sampleLast     period of its last row
 * @param ruleNobs       the number of values the default maximum lag's rule counted (those of the tested
 *                       series, or with presample values those in the sample)
 */
public record AdfResult(String series, String tested, AdfSpec spec, double statistic, double pValue,
                        double[] criticalValues, int lags, int nobs, int maxLag, double icBest,
                        double[] criterionByLag, List<String> regressors, double[] coefficients,
                        double[] standardErrors, double[] tValues, String sampleFirst, String sampleLast,
                        int ruleNobs)
        implements Report {

    public AdfResult {
        regressors = List.copyOf(regressors);
    }

    /** Whether the unit-root null is rejected at {@code level} by the p-value. */
    public boolean rejectsAt(double level) {
        return pValue < level;
    }

    public double criticalValue1() {
        return criticalValues[0];
    }

    public double criticalValue5() {
        return criticalValues[1];
    }

    public double criticalValue10() {
        return criticalValues[2];
    }

    @Override
    public String title() {
        return "ADF test: " + tested;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", statistic);
        m.put("p_value", pValue);
        m.put("lags", lags);
        m.put("nobs", nobs);
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("1%", criticalValues[0]);
        cv.put("5%", criticalValues[1]);
        cv.put("10%", criticalValues[2]);
        m.put("critical_values", cv);
        m.put("series", series);
        m.put("tested", tested);
        m.put("trend", spec.trend().code());
        m.put("diff", spec.diff());
        m.put("autolag", spec.isAutoLag() ? spec.criterion().code() : null);
        m.put("maxlag", spec.isAutoLag() ? maxLag : null);
        m.put("ic_best", spec.isAutoLag() ? icBest : null);
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        List<Object> reg = new ArrayList<>();
        for (int i = 0; i < regressors.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", regressors.get(i));
            r.put("estimate", coefficients[i]);
            r.put("std_error", standardErrors[i]);
            r.put("t", tValues[i]);
            reg.add(r);
        }
        m.put("regression", reg);
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        ResultTable.Builder test = ResultTable.builder("Augmented Dickey-Fuller test: " + tested, "", "value");
        test.row(Cell.text("ADF statistic"), Cell.number(statistic, 4));
        test.row(Cell.text("p-value (MacKinnon 1994)"), Cell.pValue(pValue));
        test.row(Cell.text("lags"), Cell.integer(lags));
        test.row(Cell.text("observations"), Cell.integer(nobs));
        test.row(Cell.text("critical value 1%"), Cell.number(criticalValues[0], 4));
        test.row(Cell.text("critical value 5%"), Cell.number(criticalValues[1], 4));
        test.row(Cell.text("critical value 10%"), Cell.number(criticalValues[2], 4));
        if (spec.isAutoLag()) {
            test.row(Cell.text("best " + spec.criterion().label() + " (lags 0.." + maxLag + ")"),
                    Cell.number(icBest, 4));
        }
        test.note("H0: " + tested + " has a unit root. Deterministic terms: " + spec.trend().description() + ".");
        test.note("Sample " + sampleFirst + " .. " + sampleLast + ", " + nobs + " observations; "
                + (spec.isAutoLag() ? "lags chosen by " + spec.criterion().label() + " on a common sample"
                : "fixed lags") + ". Critical values: MacKinnon (2010).");
        ResultTable.Builder reg = ResultTable.builder("Test regression: d(" + tested + ")", "", "coefficient",
                "std. error", "t");
        for (int i = 0; i < regressors.size(); i++) {
            reg.row(Cell.text(regressors.get(i)), Cell.number(coefficients[i], 6),
                    Cell.number(standardErrors[i], 6), Cell.number(tValues[i], 4));
        }
        return List.of(test.build(), reg.build());
    }
}
