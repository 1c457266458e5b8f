package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * DF-GLS with the order chosen by Ng and Perron's MAIC against gretl's {@code adf --gls --test-down=MAIC}
 * (src/test/reference/unitroot_dfgls_gretl_fixtures.py); urca has no automatic selection.
 */
class DfGlsGretlFixtureTest {
    private static final double REL = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = DfGlsGretlFixtureTest.class.getResourceAsStream("/fixtures/unitroot_dfgls_gretl.json")) {
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                out.add(Arguments.of(Named.of(c.get("series").asText() + " " + c.get("model").asText()
                        + " maxlag " + c.get("max_lag").asInt(), c)));
            }
            return out.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void maicMatchesGretl(JsonNode c) {
        double[] x = UrcaUnitRootFixtures.series(c.get("series").asText());
        UnitRootTrend trend = c.get("model").asText().equals("trend") ? UnitRootTrend.CONSTANT_TREND
                : UnitRootTrend.CONSTANT;
        DfGlsResult r = DfGls.test(x, DfGlsSpec.autoLag(trend, DfGlsLagCriterion.MAIC, c.get("max_lag").asInt()));
        assertThat(r.lags()).isEqualTo(c.get("used_lags").asInt());
        assertThat(r.nobs()).isEqualTo(c.get("nobs_regression").asInt());
        assertThat(r.maxLag()).isEqualTo(c.get("max_lag").asInt());
        double expected = c.get("statistic").asDouble();
        assertThat(UrcaUnitRootFixtures.relativeDifference(r.statistic(), expected))
                .as("statistic %s vs gretl %s", r.statistic(), expected).isLessThan(REL);
    }
}
