package org.tradeworkbench.core.analysis.stationarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.unitroot.DfGls;
import org.tradeworkbench.core.stats.unitroot.DfGlsResult;
import org.tradeworkbench.core.stats.unitroot.DfGlsSpec;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;

/** The DF-GLS test of one variable at one difference, as a Stationarity row shows it (no p value: none is published). */
final class DfGlsRows {
    static final String SOURCE_NOTE = "H0 of the DF-GLS test: the series has a unit root; it is detrended by GLS "
            + "(local-to-unity c = -7 with a constant, -13.5 with a trend) before the Dickey-Fuller regression without "
            + "deterministic terms. No p values (none published); the verdict reads the 5% critical value. ";

    private DfGlsRows() {
    }

    static UnitRootOutcome test(TimeSeriesSample level, int diff, DfGlsSpec spec) {
        TimeSeriesSample named = Rows.differenced(level, diff);
        DfGlsResult r = DfGls.test(named, spec);
        double[] cv = {r.criticalValues().onePercent(), r.criticalValues().fivePercent(),
                r.criticalValues().tenPercent()};
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", r.statistic());
        m.put("p_value", null);
        m.put("critical_values", Rows.criticalValues(cv));
        m.put("lags", r.lags());
        m.put("nobs", r.nobs());
        m.put("trend", spec.trend().code());
        m.put("autolag", spec.isAutoLag() ? spec.criterion().code() : null);
        m.put("maxlag", spec.isAutoLag() ? r.maxLag() : null);
        m.put("criterion_by_lag", spec.isAutoLag() ? r.criterionByLag() : null);
        m.put("series", level.name());
        m.put("tested", named.name());
        m.put("diff", diff);
        m.put("critical_value_source", r.criticalValueSource());

        ResultTable.Builder t = ResultTable.builder("DF-GLS test: " + named.name(), "statistic", "value");
        t.row(Cell.text("t statistic of the lagged GLS-detrended level"), Cell.number(r.statistic(), 4));
        t.row(Cell.text("deterministic terms (removed by GLS)"), Cell.text(spec.trend().description()));
        t.row(Cell.text("lagged differences"), Cell.integer(r.lags()));
        t.row(Cell.text("observations"), Cell.integer(r.nobs()));
        t.row(Cell.text("sample"), Cell.text(r.sampleFirst() + "–" + r.sampleLast()));
        t.row(Cell.text("critical value 1%"), Cell.number(cv[0], 4));
        t.row(Cell.text("critical value 5%"), Cell.number(cv[1], 4));
        t.row(Cell.text("critical value 10%"), Cell.number(cv[2], 4));
        t.note(spec.isAutoLag() ? "Lags chosen by " + spec.criterion().label() + " among 0.." + r.maxLag()
                + " on the common sample of the largest order (Ng and Perron 2001)." : "Lags fixed at " + r.lags() + ".");
        t.note("Critical values: " + r.criticalValueSource() + "; no p value is published for DF-GLS.");
        return new UnitRootOutcome(UnitRootKind.DFGLS, named.name(), diff, r.statistic(), null, cv,
                r.criticalValueSource(), r.lags(), r.nobs(), r.sampleFirst(), r.sampleLast(), null, m,
                List.of(t.build()));
    }
}
