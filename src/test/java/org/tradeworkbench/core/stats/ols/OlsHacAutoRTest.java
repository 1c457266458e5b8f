package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Automatic HAC bandwidths, prewhitening and the small-sample factor against R sandwich's {@code NeweyWest},
 * {@code kernHAC}, {@code bwNeweyWest} and {@code bwAndrews} (src/test/reference/ols_hac_auto_r_fixtures.R).
 */
class OlsHacAutoRTest {
    private static final double TOL = 1e-6;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesSandwich(JsonNode c) {
        for (JsonNode h : c.get("hac")) {
            CovarianceType type = CovarianceType.parse(h.get("cov").asText());
            HacBandwidth rule = HacBandwidth.parse(h.get("rule").asText());
            int lags = rule == HacBandwidth.FIXED ? h.get("lags").asInt() : -1;
            OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean())
                    .withCovariance(type, lags)
                    .withHac(new HacSettings(rule, h.get("prewhite").asBoolean(), h.get("adjust").asBoolean()));
            OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(),
                    Fixtures.strings(c.get("x")), opt);
            String what = c.get("name").asText() + " " + type.key() + " " + rule.key() + " prewhite "
                    + h.get("prewhite").asBoolean() + " adjust " + h.get("adjust").asBoolean();
            double bw = h.get("bandwidth").asDouble();
            assertThat(Fixtures.relDiff(r.hacSelectedBandwidth(), bw, 1e-300))
                    .as("%s bandwidth: got %s, R %s", what, r.hacSelectedBandwidth(), bw).isLessThanOrEqualTo(TOL);
            if (h.has("lags")) {
                assertThat(r.hacLags()).as(what + " lags").isEqualTo(h.get("lags").asInt());
            }
            double[] e = Fixtures.doubles(h.get("bse"));
            List<Coefficient> cs = r.coefficients();
            assertThat(cs).hasSize(e.length);
            for (int i = 0; i < e.length; i++) {
                assertThat(Fixtures.relDiff(cs.get(i).stdError(), e[i], 1e-300))
                        .as("%s bse[%d]: got %s, R %s", what, i, cs.get(i).stdError(), e[i])
                        .isLessThanOrEqualTo(TOL);
            }
        }
    }
}
