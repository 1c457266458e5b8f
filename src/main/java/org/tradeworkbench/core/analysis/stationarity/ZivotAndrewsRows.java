package org.tradeworkbench.core.analysis.stationarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrews;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsResult;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsSpec;

/**
 * The Zivot-Andrews test of one variable at one difference, as a Stationarity row shows it: the break reported as
 * the last period before the break (Zivot and Andrews' T_B, statsmodels' {@code bpidx}), with its index.
 */
final class ZivotAndrewsRows {
    static final String SOURCE_NOTE = "H0 of the Zivot-Andrews test: a unit root without a break; the alternative: "
            + "stationary around a trend with one break at an unknown date. Every model has a constant and a trend; "
            + "the break is the date of the smallest t statistic. p values and critical values: ";

    private ZivotAndrewsRows() {
    }

    static UnitRootOutcome test(TimeSeriesSample level, int diff, ZivotAndrewsSpec spec) {
        TimeSeriesSample named = Rows.differenced(level, diff);
        String tested = named.name();
        ZivotAndrewsResult r = ZivotAndrews.test(named, spec);
        String breakPeriod = named.label(r.breakIndex());
        String first = named.label(r.lags() + 1);
        String last = named.label(named.size() - 1);
        double[] cv = r.criticalValues();

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", r.statistic());
        m.put("p_value", r.pValue());
        m.put("critical_values", Rows.criticalValues(cv));
        m.put("lags", r.lags());
        m.put("nobs", r.nobs());
        m.put("break_period", breakPeriod);
        m.put("break_index", r.breakIndex());
        m.put("break", spec.breakType().code());
        m.put("trim", spec.trim());
        m.put("series", level.name());
        m.put("tested", tested);
        m.put("diff", diff);
        m.put("autolag", spec.isAutoLag() ? spec.criterion().code() : null);
        m.put("maxlag", spec.isAutoLag() ? r.maxLag() : null);
        m.put("critical_value_source", r.criticalValueSource());

        ResultTable.Builder t = ResultTable.builder("Zivot-Andrews test: " + tested, "statistic", "value");
        t.row(Cell.text("t statistic (minimum over break dates)"), Cell.number(r.statistic(), 4));
        t.row(Cell.text("p value"), Cell.pValue(r.pValue()));
        t.row(Cell.text("break"), Cell.text(spec.breakType().description()));
        t.row(Cell.text("break date (last period before the break)"), Cell.text(breakPeriod));
        t.row(Cell.text("break dates searched"), Cell.text(named.label(r.firstBreakIndex()) + "–"
                + named.label(r.lastBreakIndex()) + " (" + Math.round(spec.trim() * 100) + "% trimmed at each end)"));
        t.row(Cell.text("lagged differences"), Cell.integer(r.lags()));
        t.row(Cell.text("observations"), Cell.integer(r.nobs()));
        t.row(Cell.text("sample"), Cell.text(first + "–" + last));
        t.row(Cell.text("critical value 1%"), Cell.number(cv[0], 4));
        t.row(Cell.text("critical value 5%"), Cell.number(cv[1], 4));
        t.row(Cell.text("critical value 10%"), Cell.number(cv[2], 4));
        t.note(spec.isAutoLag() ? "Lags chosen by " + spec.criterion().label() + " among 0.." + r.maxLag()
                + " on the ADF regression with constant and trend, then used at every break date (as statsmodels)."
                : "Lags fixed at " + r.lags() + ".");
        t.note("p value and critical values: " + r.criticalValueSource() + ".");
        return new UnitRootOutcome(UnitRootKind.ZA, tested, diff, r.statistic(), r.pValue(), cv,
                r.criticalValueSource(), r.lags(), r.nobs(), first, last, breakPeriod, m, List.of(t.build()));
    }
}
