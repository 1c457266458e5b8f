package org.tradeworkbench.core.analysis.cointegration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.close;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * ARDL against statsmodels 0.13.5: every model's AIC and BIC from {@code ardl_select_order}, the chosen order,
 * and the {@code UECM} fit and {@code bounds_test} F statistic of that order.
 */
class ArdlReferenceTest {
    private static final double REL = 1e-6;

    static List<JsonNode> cases() {
        return CointegrationFixtures.cases("ardl");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithStatsmodels(JsonNode c) {
        ArdlSpec spec = new ArdlSpec(CointegrationFixtures.strings(c.get("variables")), c.get("maxlag").asInt(),
                LagCriterion.parse(c.get("ic").asText()), c.get("case").asInt());
        ArdlReport r = new Ardl().run(spec, CointegrationFixtures.dataset(c.get("dataset").asText()),
                ProgressReporter.NONE);
        String what = c.get("dataset").asText() + " case " + spec.boundsCase() + " " + c.get("ic").asText();
        JsonNode grid = c.get("grid");
        assertEquals(grid.size(), r.grid().size(), what + " grid size");
        for (int i = 0; i < grid.size(); i++) {
            JsonNode g = grid.get(i);
            int[] order = new int[g.get("order").size()];
            for (int j = 0; j < order.length; j++) {
                order[j] = g.get("order").get(j).asInt();
            }
            assertArrayEquals(order, r.grid().get(i).order(), what + " grid row " + i);
            close(g.get("aic").asDouble(), r.grid().get(i).aic(), REL, 1, what + " AIC " + i);
            close(g.get("bic").asDouble(), r.grid().get(i).bic(), REL, 1, what + " BIC " + i);
        }
        int[] chosen = new int[c.get("order").size()];
        for (int j = 0; j < chosen.length; j++) {
            chosen[j] = c.get("order").get(j).asInt();
            assertEquals(c.get("statsmodels_selected").get(j).asInt(), chosen[j], what + " statsmodels' own choice");
        }
        assertArrayEquals(chosen, r.order(), what + " order");
        assertEquals(c.get("nobs").asInt(), r.nobs(), what + " nobs");
        assertEquals(c.get("ecm_names").size(), r.ecmNames().size(), what + " ECM regressors");
        close(doubles(c.get("ecm_coefficients")), r.ecmCoefficients(), REL, 1e-8, what + " ECM coefficients");
        close(doubles(c.get("ecm_std_errors")), r.ecmStandardErrors(), REL, 1e-8, what + " ECM std errors");
        close(c.get("f_statistic").asDouble(), r.fStatistic(), REL, 1e-8, what + " F");
        close(c.get("t_statistic").asDouble(), r.tStatistic(), REL, 1e-8, what + " t");
    }
}
