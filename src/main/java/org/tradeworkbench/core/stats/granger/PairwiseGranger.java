package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.StatResult;

/**
 * Granger tests for every ordered pair of a set of variables, like the paper's Table 3 ("RATIO does not
 * Granger-cause lny", then the reverse). Each pair uses its own common sample.
 */
public final class PairwiseGranger {
    private PairwiseGranger() {
    }

    /**
     * @param allLags test every lag order 1..lags rather than {@code lags} alone
     */
    public static Result test(Dataset data, List<String> variables, int lags, boolean allLags) {
        List<String> vars = new ArrayList<>();
        for (String v : variables) {
            String t = v.trim();
            if (t.isEmpty()) {
                throw new DataException("empty variable in the list");
            }
            if (vars.contains(t)) {
                throw new DataException("variable \"" + t + "\" is listed twice");
            }
            vars.add(t);
        }
        if (vars.size() < 2) {
            throw new DataException("a pairwise Granger table needs at least two variables");
        }
        if (lags < 1) {
            throw new DataException("the lag order must be at least 1, got " + lags);
        }
        List<GrangerStatistic> rows = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            for (int j = i + 1; j < vars.size(); j++) {
                GrangerTest.Pair p = GrangerTest.pair(data, vars.get(j), vars.get(i));
                for (int l = allLags ? 1 : lags; l <= lags; l++) {
                    rows.add(GrangerTest.compute(p.cause(), p.causeValues(), p.effect(), p.effectValues(), l,
                            p.labels()));
                    rows.add(GrangerTest.compute(p.effect(), p.effectValues(), p.cause(), p.causeValues(), l,
                            p.labels()));
                }
            }
        }
        return new Result(List.copyOf(rows), lags, allLags);
    }

    /** The table's rows, in pair order, each pair as "second does not cause first" then the reverse. */
    public record Result(List<GrangerStatistic> rows, int lags, boolean allLags) implements StatResult {
        @Override
        public String title() {
            return "Pairwise Granger causality tests" + (allLags ? ", lags 1-" + lags : ", " + lags + " lag"
                    + (lags == 1 ? "" : "s"));
        }

        @Override
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lags", lags);
            m.put("all_lags", allLags);
            List<Map<String, Object>> list = new ArrayList<>();
            for (GrangerStatistic g : rows) {
                Map<String, Object> e = g.toJson();
                e.put("reject_5pct", g.rejects(0.05));
                list.add(e);
            }
            m.put("tests", list);
            return m;
        }

        @Override
        public List<ResultTable> tables() {
            return List.of(GrangerTables.table(title(), rows, 0.05, true));
        }
    }
}
