package org.tradeworkbench.core.analysis.stationarity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerron;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronResult;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;

/** The Phillips-Perron test of one variable at one difference, as a Stationarity row shows it. */
final class PhillipsPerronRows {
    static final String SOURCE_NOTE = "H0 of the Phillips-Perron test: the series has a unit root; the test "
            + "regression has no lagged differences, serial correlation is corrected by a Bartlett long-run variance. ";

    private PhillipsPerronRows() {
    }

    static UnitRootOutcome test(TimeSeriesSample level, int diff, PhillipsPerronSpec spec) {
        TimeSeriesSample named = Rows.differenced(level, diff);
        PhillipsPerronResult r = PhillipsPerron.test(named, spec);
        if (r.criticalValues() == null) {
            throw new DataException("Phillips-Perron " + spec.statistic().label() + " of " + named.name() + " with "
                    + spec.trend().description() + ": no published p value or critical values are implemented for "
                    + "it (urca's ur.pp prints none either); use Z-tau, or Z-alpha with a constant and trend");
        }
        double[] cv = {r.criticalValues().onePercent(), r.criticalValues().fivePercent(),
                r.criticalValues().tenPercent()};
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", r.statistic());
        m.put("p_value", r.pValue());
        m.put("critical_values", Rows.criticalValues(cv));
        m.put("lags", r.lags());
        m.put("nobs", r.nobs());
        m.put("type", spec.statistic().label());
        m.put("z_tau", r.zTau());
        m.put("z_alpha", r.zAlpha());
        m.put("bandwidth_rule", spec.lags().toString());
        m.put("trend", spec.trend().code());
        m.put("short_run_variance", r.shortRunVariance());
        m.put("long_run_variance", r.longRunVariance());
        m.put("series", level.name());
        m.put("tested", named.name());
        m.put("diff", diff);
        m.put("critical_value_source", r.criticalValueSource());

        ResultTable.Builder t = ResultTable.builder("Phillips-Perron test: " + named.name(), "statistic", "value");
        boolean tau = spec.statistic() == PhillipsPerronSpec.Statistic.Z_TAU;
        t.row(Cell.text(spec.statistic().label() + " (the statistic tested)"), Cell.number(r.statistic(), 4));
        t.row(Cell.text("p value"), r.pValue() == null ? Cell.text("none published") : Cell.pValue(r.pValue()));
        t.row(Cell.text(tau ? "Z-alpha" : "Z-tau"), Cell.number(tau ? r.zAlpha() : r.zTau(), 4));
        t.row(Cell.text("deterministic terms"), Cell.text(spec.trend().description()));
        t.row(Cell.text("truncation lag (Bartlett)"), Cell.integer(r.lags()));
        t.row(Cell.text("short-run variance"), Cell.number(r.shortRunVariance(), 6));
        t.row(Cell.text("long-run variance"), Cell.number(r.longRunVariance(), 6));
        t.row(Cell.text("observations"), Cell.integer(r.nobs()));
        t.row(Cell.text("sample"), Cell.text(r.sampleFirst() + "–" + r.sampleLast()));
        t.row(Cell.text("critical value 1%"), Cell.number(cv[0], 4));
        t.row(Cell.text("critical value 5%"), Cell.number(cv[1], 4));
        t.row(Cell.text("critical value 10%"), Cell.number(cv[2], 4));
        t.note("Truncation lag: " + (spec.lags().isFixed() ? "fixed" : spec.lags() + " rule, as urca's ur.pp")
                + ". p value and critical values: " + r.criticalValueSource() + ".");
        return new UnitRootOutcome(UnitRootKind.PP, named.name(), diff, r.statistic(), r.pValue(), cv,
                r.criticalValueSource(), r.lags(), r.nobs(), r.sampleFirst(), r.sampleLast(), null, m,
                List.of(t.build()));
    }
}
