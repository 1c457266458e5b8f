package org.tradeworkbench.core.analysis.stationarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.unitroot.AdfResult;

/**
 * One unit-root test of one variable, in the terms every test shares, so the Stationarity table, its verdicts and
 * the order search read ADF, Phillips-Perron, DF-GLS and Zivot-Andrews alike.
 *
 * @param test           which test
 * @param tested         the series tested, e.g. {@code d(lny)} for the first difference
 * @param diff           the difference order tested
 * @param statistic      the test statistic (more negative: stronger evidence against a unit root)
 * @param pValue         its p value, or null where the test's source gives none (then the verdict reads the
 *                       critical values)
 * @param criticalValues at 1%, 5% and 10%
 * @param source         where the p value and the critical values come from, for the table's note
 * @param lags           lagged differences (ADF, DF-GLS, Zivot-Andrews) or the bandwidth (Phillips-Perron)
 * @param nobs           observations in the test regression
 * @param sampleFirst    period of its first row
 * @param sampleLast     period of its last row
 * @param breakPeriod    the break date found (Zivot-Andrews), or null
 * @param json           the test's own JSON keys ({@code statistic}, {@code p_value}, {@code critical_values},
 *                       {@code lags}, {@code nobs}, and the test's extras)
 * @param details        the tables behind the row (the test regression, the break search), in print order
 */
public record UnitRootOutcome(UnitRootKind test, String tested, int diff, double statistic, Double pValue,
        double[] criticalValues, String source, int lags, int nobs, String sampleFirst, String sampleLast,
        String breakPeriod, Map<String, Object> json, List<ResultTable> details) {

    public UnitRootOutcome {
        if (criticalValues.length != 3) {
            throw new IllegalArgumentException("three critical values (1%, 5%, 10%) expected");
        }
        criticalValues = criticalValues.clone();
        json = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(json));
        details = List.copyOf(details);
    }

    /** The ADF test as the Stationarity table shows it. */
    public static UnitRootOutcome of(AdfResult a) {
        return new UnitRootOutcome(UnitRootKind.ADF, a.tested(), a.spec().diff(), a.statistic(), a.pValue(),
                a.criticalValues(), "p values: MacKinnon (1994); critical values (CV): MacKinnon (2010)", a.lags(),
                a.nobs(), a.sampleFirst(), a.sampleLast(), null, a.toJson(), a.tables());
    }

    @Override
    public double[] criticalValues() {
        return criticalValues.clone();
    }

    /**
     * Whether a unit root is rejected at {@code level}: by the p value where there is one, else by the critical
     * value of that level (1%, 5% or 10% only).
     */
    public boolean rejectsAt(double level) {
        if (pValue != null) {
            return pValue < level;
        }
        int i = level == 0.01 ? 0 : level == 0.05 ? 1 : level == 0.10 ? 2 : -1;
        if (i < 0) {
            throw new IllegalArgumentException(test.label() + " has critical values at 1%, 5% and 10% only, not at "
                    + level);
        }
        return statistic < criticalValues[i];
    }
}
