package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * A Phillips-Ouliaris test: the Pu or Pz statistic, Phillips and Ouliaris' critical values, the verdict at 5%
 * and, for Pu, the cointegrating regression.
 *
 * @param criticalValues 10%, 5%, 1% (the paper's and urca's order)
 * @param lags           the Bartlett truncation lag of the long-run covariance
 * @param nobs           observations of the VAR(1) regression and of the statistic's scaling: the sample less one
 * @param sampleSize     the sample's observations (of the cointegrating regression)
 * @param regression     the cointegrating regression of Pu; null for Pz
 */
public record PhillipsOuliarisReport(PhillipsOuliarisSpec spec, List<String> variables, double statistic,
                                     double[] criticalValues, int lags, int nobs, int sampleSize, String sampleFirst,
                                     String sampleLast, CointegratingRegression regression) implements Report {
    private static final String[] LEVELS = {"10%", "5%", "1%"};

    /** The first variable on the others and the deterministic terms, by OLS over the whole sample. */
    public record CointegratingRegression(String dependent, List<String> regressors, double[] coefficients,
                                          double[] standardErrors, double rSquared, double ssr) {
        public CointegratingRegression {
            regressors = List.copyOf(regressors);
        }
    }

    public PhillipsOuliarisReport {
        variables = List.copyOf(variables);
    }

    /** Above the 5% critical value: "no cointegration" is rejected at 5%. */
    public boolean cointegratedAt5() {
        return statistic > criticalValues[1];
    }

    public String verdict() {
        return cointegratedAt5() ? "cointegrated" : "not cointegrated";
    }

    /** Where the paper's table lies, e.g. "Phillips and Ouliaris (1990), Econometrica 58(1), Table IIb". */
    public String criticalValueSource() {
        return PhillipsOuliarisTables.SOURCE + PhillipsOuliarisTables.table(spec.type(), spec.demean());
    }

    @Override
    public String title() {
        return "Phillips-Ouliaris " + spec.type().code() + " test: " + String.join(", ", variables);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", statistic);
        Map<String, Object> cv = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            cv.put(LEVELS[i], criticalValues[i]);
        }
        m.put("critical_values", cv);
        m.put("critical_values_source", criticalValueSource());
        m.put("verdict", verdict());
        m.put("verdict_level", "5%");
        m.put("type", spec.type().code());
        m.put("demean", spec.demean().code());
        m.put("lag", spec.lag().code());
        m.put("lags", lags);
        m.put("nobs", nobs);
        m.put("sample_size", sampleSize);
        m.put("variables", variables);
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        if (regression != null) {
            List<Object> reg = new ArrayList<>();
            for (int i = 0; i < regression.regressors().size(); i++) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", regression.regressors().get(i));
                r.put("estimate", regression.coefficients()[i]);
                r.put("std_error", regression.standardErrors()[i]);
                reg.add(r);
            }
            m.put("cointegrating_regression", reg);
            m.put("r_squared", regression.rSquared());
        }
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        ResultTable.Builder t = ResultTable.builder("Phillips–Ouliaris cointegration test (" + spec.type().label()
                + "): " + String.join(", ", variables), "", "value");
        t.row(Cell.text(spec.type().code() + " statistic"), Cell.number(statistic, 4));
        for (int i = 0; i < 3; i++) {
            t.row(Cell.text("critical value " + LEVELS[i]), Cell.number(criticalValues[i], 4));
        }
        t.row(Cell.text("verdict at 5%"), Cell.text(verdict()));
        t.row(Cell.text("lags (Bartlett, " + spec.lag().code() + ")"), Cell.integer(lags));
        t.row(Cell.text("observations"), Cell.integer(nobs));
        t.note("H0: no cointegration; rejected for large values. Deterministic terms: "
                + spec.demean().description() + (spec.type() == PhillipsOuliarisType.PU
                ? "; normalised on " + variables.get(0) + "." : "; invariant to the order of the variables."));
        t.note("Sample " + sampleFirst + " .. " + sampleLast + ", " + sampleSize + " observations; the VAR(1) "
                + "regression and the statistic use " + nobs + ". Critical values: " + criticalValueSource() + ".");
        if (regression == null) {
            return List.of(t.build());
        }
        ResultTable.Builder reg = ResultTable.builder("Cointegrating regression: " + regression.dependent(), "",
                "coefficient", "std. error");
        for (int i = 0; i < regression.regressors().size(); i++) {
            reg.row(Cell.text(regression.regressors().get(i)), Cell.number(regression.coefficients()[i], 6),
                    Cell.number(regression.standardErrors()[i], 6));
        }
        reg.note("R-squared " + String.format(Locale.ROOT, "%.6f", regression.rSquared())
                + ". OLS standard errors are not valid for inference on a cointegrating regression.");
        return List.of(t.build(), reg.build());
    }
}
