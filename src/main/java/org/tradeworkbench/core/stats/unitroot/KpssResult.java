package org.tradeworkbench.core.stats.unitroot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * A KPSS stationarity test.
 *
 * @param pValue         interpolated in Kwiatkowski et al. (1992), Table 1; the table's end (0.10 or 0.01) when the
 *                       statistic lies beyond it
 * @param beyondTable    whether the statistic lies beyond the table, so that the true p-value is larger than 0.10
 *                       or smaller than 0.01
 * @param criticalValues at 10%, 5%, 2.5% and 1%
 */
public record KpssResult(String series, String tested, UnitRootTrend trend, KpssLags lagRule, double statistic,
                         double pValue, boolean beyondTable, int lags, int nobs, double[] criticalValues,
                         String sampleFirst, String sampleLast) implements Report {

    /** The note on a p-value outside the table, or empty. */
    public String pValueNote() {
        if (!beyondTable) {
            return "";
        }
        return pValue >= 0.1
                ? "the statistic is below the table's 10% critical value: the p-value is greater than 0.10"
                : "the statistic is above the table's 1% critical value: the p-value is smaller than 0.01";
    }

    @Override
    public String title() {
        return "KPSS test: " + tested;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", statistic);
        m.put("p_value", pValue);
        m.put("lags", lags);
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("10%", criticalValues[0]);
        cv.put("5%", criticalValues[1]);
        cv.put("2.5%", criticalValues[2]);
        cv.put("1%", criticalValues[3]);
        m.put("critical_values", cv);
        m.put("p_value_beyond_table", beyondTable);
        m.put("p_value_note", beyondTable ? pValueNote() : null);
        m.put("nobs", nobs);
        m.put("series", series);
        m.put("tested", tested);
        m.put("trend", trend.code());
        m.put("lag_rule", lagRule.toString());
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        ResultTable.Builder t = ResultTable.builder("KPSS stationarity test: " + tested, "", "value");
        t.row(Cell.text("KPSS statistic"), Cell.number(statistic, 4));
        t.row(Cell.text("p-value (interpolated)"), beyondTable
                ? Cell.pValueBeyond(pValue, pValue >= 0.1) : Cell.pValue(pValue));
        t.row(Cell.text("lags"), Cell.integer(lags));
        t.row(Cell.text("observations"), Cell.integer(nobs));
        String[] levels = {"10%", "5%", "2.5%", "1%"};
        for (int i = 0; i < 4; i++) {
            t.row(Cell.text("critical value " + levels[i]), Cell.number(criticalValues[i], 3));
        }
        t.note("H0: " + tested + " is " + (trend == UnitRootTrend.CONSTANT ? "level" : "trend") + " stationary. "
                + "Bartlett kernel, lags: " + lagRule + ". Table: Kwiatkowski, Phillips, Schmidt and Shin (1992).");
        t.note("Sample " + sampleFirst + " .. " + sampleLast + ", " + nobs + " observations.");
        if (beyondTable) {
            String note = pValueNote();
            t.note(Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".");
        }
        return List.of(t.build());
    }
}
