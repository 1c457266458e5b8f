package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.Report;

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
        List<Granger.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            for (int j = i + 1; j < vars.size(); j++) {
                pairs.add(Granger.pair(data, vars.get(j), vars.get(i)));
            }
        }
        // Pairs are independent: test them on all cores, then keep the table in pair order. Each series' own-lag
        // (restricted) regressions are shared by every pair with the same sample.
        Map<String, double[]> restricted = new ConcurrentHashMap<>();
        List<List<GrangerStatistic>> perPair = pairs.parallelStream()
                .map(p -> allLags ? allOrders(p, lags, restricted) : oneOrder(p, lags, lags)).toList();
        List<GrangerStatistic> rows = new ArrayList<>();
        perPair.forEach(rows::addAll);
        return new Result(List.copyOf(rows), lags, allLags);
    }

    private static List<GrangerStatistic> oneOrder(Granger.Pair p, int from, int to) {
        List<GrangerStatistic> out = new ArrayList<>();
        for (int l = from; l <= to; l++) {
            out.add(Granger.compute(p.cause(), p.causeValues(), p.effect(), p.effectValues(), l, p.labels()));
            out.add(Granger.compute(p.effect(), p.effectValues(), p.cause(), p.causeValues(), l, p.labels()));
        }
        return out;
    }

    /**
     * Orders 1..lags of both directions from one QR per regression ({@link NestedLagSsr}); a sample too short
     * or a collinear design goes the order-by-order way, which reports the problem at the order it appears.
     */
    private static List<GrangerStatistic> allOrders(Granger.Pair p, int lags, Map<String, double[]> restricted) {
        double[] x = p.causeValues();
        double[] y = p.effectValues();
        int n = y.length;
        if (n < Granger.minimumLength(lags)) {
            return oneOrder(p, 1, lags);
        }
        String sample = "\u0000" + p.labels()[0] + "\u0000" + n;
        double[] rY = restricted.computeIfAbsent(p.effect() + sample,
                key -> NestedLagSsr.ssrByOrder(y, new double[][] {y}, lags));
        double[] rX = restricted.computeIfAbsent(p.cause() + sample,
                key -> NestedLagSsr.ssrByOrder(x, new double[][] {x}, lags));
        double[] uY = NestedLagSsr.ssrByOrder(y, new double[][] {y, x}, lags);
        double[] uX = NestedLagSsr.ssrByOrder(x, new double[][] {x, y}, lags);
        if (rY == null || rX == null || uY == null || uX == null) {
            return oneOrder(p, 1, lags);
        }
        List<GrangerStatistic> out = new ArrayList<>();
        for (int l = 1; l <= lags; l++) {
            out.add(Granger.statistic(p.cause(), p.effect(), l, n, rY[l], uY[l], p.labels()));
            out.add(Granger.statistic(p.effect(), p.cause(), l, n, rX[l], uX[l], p.labels()));
        }
        return out;
    }

    /** The table's rows, in pair order, each pair as "second does not cause first" then the reverse. */
    public record Result(List<GrangerStatistic> rows, int lags, boolean allLags) implements Report {
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
