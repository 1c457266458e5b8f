package org.tradeworkbench.core.analysis.causality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;

/**
 * The outcome of a causality analysis: both directions of every pair at each lag order, or why they could not be
 * tested. The Causality tab shows {@link #table()}; the {@code causality} and {@code granger} commands print it.
 */
public record CausalityReport(CausalitySpec spec, List<CausalityRow> rows) implements Report {

    public CausalityReport {
        rows = List.copyOf(rows);
    }

    @Override
    public String title() {
        return CausalityTable.title(spec);
    }

    public ResultTable table() {
        return CausalityTable.build(rows, spec);
    }

    @Override
    public List<ResultTable> tables() {
        return List.of(table());
    }

    public boolean anyTested() {
        return rows.stream().anyMatch(CausalityRow::ok);
    }

    /** One line per pair and lag order that could not be tested; empty when every test ran. */
    public String problems() {
        StringBuilder sb = new StringBuilder();
        // Rows come in pairs of directions that share their problem.
        for (int i = 0; i < rows.size(); i += 2) {
            CausalityRow r = rows.get(i);
            if (!r.ok()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(r.cause()).append(" and ").append(r.effect())
                        .append(", ").append(r.lags()).append(r.lags() == 1 ? " lag: " : " lags: ")
                        .append(r.problem());
            }
        }
        return sb.toString();
    }

    /** Throws when no test could be run, with the reasons on one line: a command has nothing to print then. */
    public void requireAnyTested() {
        if (anyTested() || rows.isEmpty()) {
            return;
        }
        List<String> distinct = new ArrayList<>();
        for (CausalityRow r : rows) {
            if (!distinct.contains(r.problem())) {
                distinct.add(r.problem());
            }
        }
        throw new DataException(distinct.size() == 1 ? distinct.get(0) : problems().replace("\n", "; "));
    }

    /** The {@code causality --json} contract: the lag order, and every test with its verdict at 5%. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lags", spec.lags());
        m.put("all_lags", spec.allLags());
        m.put("covariance", spec.covariance().key());
        List<Map<String, Object>> list = new ArrayList<>();
        for (CausalityRow r : rows) {
            Map<String, Object> e;
            GrangerStatistic g = r.statistic();
            if (g != null) {
                e = g.toJson();
                e.put("reject_5pct", g.rejects(CausalitySpec.LEVEL));
            } else {
                e = new LinkedHashMap<>();
                e.put("null_hypothesis", r.nullHypothesis());
                e.put("cause", r.cause());
                e.put("effect", r.effect());
                e.put("lags", r.lags());
                e.put("problem", r.problem());
            }
            list.add(e);
        }
        m.put("tests", list);
        return m;
    }
}
