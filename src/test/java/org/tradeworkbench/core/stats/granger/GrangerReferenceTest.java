package org.tradeworkbench.core.stats.granger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.ols.Fixtures;

/**
 * Granger F and chi-square tests against statsmodels' grangercausalitytests and R's lmtest::grangertest, and the
 * VAR lag-order criteria against statsmodels' select_order (src/test/reference/granger_fixtures.py).
 */
class GrangerReferenceTest {
    private static final double TOL = 1e-8;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("granger_reference.json"));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(TOL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesStatsmodelsAndR(JsonNode c) {
        Dataset data = Fixtures.dataset(c.get("columns"));
        String name = c.get("name").asText();
        for (JsonNode t : c.get("tests")) {
            int p = t.get("lags").asInt();
            GrangerResult r = Granger.test(data, c.get("cause").asText(), c.get("effect").asText(), p);
            GrangerStatistic g = r.forward();
            String w = name + " lag " + p + " ";
            assertThat(g.nobs()).as(w + "nobs").isEqualTo(t.get("nobs").asInt());
            assertThat(g.dfNum()).isEqualTo(t.get("df_num").asInt());
            assertThat(g.dfDenom()).isEqualTo(t.get("df_denom").asInt());
            close(w + "F", g.fStatistic(), t.get("f").asDouble());
            close(w + "p", g.pValue(), t.get("p").asDouble());
            close(w + "chi2", g.chi2Statistic(), t.get("chi2").asDouble());
            close(w + "chi2 p", g.chi2PValue(), t.get("chi2_p").asDouble());
            JsonNode rr = t.get("r");
            close(w + "R F", g.fStatistic(), rr.get("f").asDouble());
            close(w + "R p", g.pValue(), rr.get("p").asDouble());
            assertThat(g.dfDenom()).isEqualTo(rr.get("df_denom").asInt());
            assertThat(r.reverse().nullHypothesis())
                    .isEqualTo(c.get("effect").asText() + " does not Granger-cause " + c.get("cause").asText());
        }
        JsonNode v = c.get("var");
        VarLagOrder.Result sel = VarLagOrder.select(data, c.get("effect").asText(), c.get("cause").asText(),
                v.get("maxlags").asInt());
        assertThat(sel.rows()).hasSize(v.get("aic").size());
        for (int p = 0; p < sel.rows().size(); p++) {
            double[] row = sel.rows().get(p);
            close(name + " var aic " + p, row[1], v.get("aic").get(p).asDouble());
            close(name + " var bic " + p, row[2], v.get("bic").get(p).asDouble());
            close(name + " var fpe " + p, row[3], v.get("fpe").get(p).asDouble());
            close(name + " var hqic " + p, row[4], v.get("hqic").get(p).asDouble());
        }
        for (String crit : List.of("aic", "bic", "hqic", "fpe")) {
            assertThat(sel.selected(crit)).as(name + " selected " + crit)
                    .isEqualTo(v.get("selected").get(crit).asInt());
        }
    }
}
