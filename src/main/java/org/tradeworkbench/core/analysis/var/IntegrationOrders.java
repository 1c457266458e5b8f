package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Orders of integration of a VAR's variables from the Stationarity analysis: the smallest difference d = 0..3
 * whose ADF test (lags by AIC) rejects a unit root at 5%, checked by KPSS on the same difference. When KPSS
 * rejects stationarity there, the two tests disagree and the order is taken as d + 1: for Toda-Yamamoto's
 * d_max a lag too many costs a little power, a lag too few makes the test invalid.
 */
public final class IntegrationOrders {
    private IntegrationOrders() {
    }

    /**
     * One variable's verdict.
     *
     * @param adfOrder    smallest d whose ADF test rejects, or null when none up to 3 does (or ADF failed)
     * @param kpssPValue  KPSS p-value on that difference (NaN when KPSS could not run)
     * @param order       the order used, or null when it could not be determined
     * @param problem     why the order could not be determined, or null
     */
    public record Order(String variable, Integer adfOrder, double kpssPValue, boolean kpssBeyondTable,
            Integer order, String problem) {

        public boolean agree() {
            return order != null && order.equals(adfOrder);
        }

        /** A sentence for the table: what the two tests say. */
        public String verdict() {
            if (order == null) {
                return problem;
            }
            if (Double.isNaN(kpssPValue)) {
                return "I(" + order + ") by ADF; KPSS could not be run";
            }
            return agree() ? "I(" + order + "): ADF and KPSS agree"
                    : "ADF says I(" + adfOrder + "), KPSS rejects stationarity there: taken as I(" + order + ")";
        }
    }

    /** The unit-root tests' deterministic terms for a VAR's: a constant at least (KPSS needs one). */
    static UnitRootTrend unitRootTrend(VarTrend trend) {
        return trend == VarTrend.CONSTANT_TREND ? UnitRootTrend.CONSTANT_TREND : UnitRootTrend.CONSTANT;
    }

    public static StationaritySpec spec(List<String> variables, VarTrend trend) {
        return new StationaritySpec(variables, UnitRootKind.ADF, unitRootTrend(trend), DifferenceChoice.SMALLEST,
                LagChoice.AIC, 0, null, true);
    }

    public static List<Order> of(Dataset data, List<String> variables, VarTrend trend, ProgressReporter progress) {
        StationarityReport r = new StationarityAnalysis().run(spec(variables, trend), data, progress);
        List<Order> out = new ArrayList<>();
        for (StationarityRow row : r.rows()) {
            out.add(order(row));
        }
        return out;
    }

    static Order order(StationarityRow row) {
        if (!row.ok()) {
            return new Order(row.variable(), null, Double.NaN, false, null, "ADF could not be run: " + row.problem());
        }
        if (row.search() == null || row.search().order().isEmpty()) {
            return new Order(row.variable(), null, Double.NaN, false, null,
                    "no difference up to 3 rejects a unit root at 5% by ADF");
        }
        int d = row.search().order().getAsInt();
        if (row.kpss() == null) {
            return new Order(row.variable(), d, Double.NaN, false, d, null);
        }
        double p = row.kpss().pValue();
        boolean rejects = p < StationaritySpec.LEVEL && !(row.kpss().beyondTable() && p >= 0.1);
        return new Order(row.variable(), d, p, row.kpss().beyondTable(), rejects ? d + 1 : d, null);
    }

    /** The largest order, or null when one is unknown. */
    public static Integer maxOrder(List<Order> orders) {
        int max = 0;
        for (Order o : orders) {
            if (o.order() == null) {
                return null;
            }
            max = Math.max(max, o.order());
        }
        return max;
    }
}
