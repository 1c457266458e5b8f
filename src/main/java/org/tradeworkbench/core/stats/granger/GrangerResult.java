package org.tradeworkbench.core.stats.granger;

import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.Report;

/** A Granger test in both directions; JSON's top-level keys describe "cause does not Granger-cause effect". */
public record GrangerResult(GrangerStatistic forward, GrangerStatistic reverse) implements Report {

    @Override
    public String title() {
        return "Granger causality: " + forward.cause() + " and " + forward.effect() + ", " + forward.lags()
                + " lag" + (forward.lags() == 1 ? "" : "s");
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = forward.toJson();
        m.put("reverse", reverse.toJson());
        return m;
    }

    @Override
    public List<ResultTable> tables() {
        return List.of(GrangerTables.table(title(), List.of(forward, reverse), 0.05, false));
    }
}
