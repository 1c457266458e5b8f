package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** DF-GLS against R urca's {@code ur.ers(type = "DF-GLS")} at fixed lags 0, 1, 2 and 4, constant and trend. */
class DfGlsUrcaFixtureTest {
    private static final double REL = 1e-9;

    static Stream<Arguments> cases() {
        return UrcaUnitRootFixtures.cases("ers").stream()
                .map(c -> Arguments.of(Named.of(UrcaUnitRootFixtures.describe(c), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesUrca(JsonNode c) {
        double[] x = UrcaUnitRootFixtures.series(c.get("series").asText());
        UnitRootTrend trend = c.get("model").asText().equals("trend") ? UnitRootTrend.CONSTANT_TREND
                : UnitRootTrend.CONSTANT;
        DfGlsResult r = DfGls.test(x, DfGlsSpec.fixedLags(trend, c.get("lag_max").asInt()));
        assertThat(r.lags()).isEqualTo(c.get("used_lags").asInt());
        assertThat(r.nobs()).isEqualTo(c.get("nobs_regression").asInt());
        assertThat(r.seriesLength()).isEqualTo(x.length);
        double expected = c.get("statistic").asDouble();
        assertThat(UrcaUnitRootFixtures.relativeDifference(r.statistic(), expected))
                .as("statistic %s vs urca %s", r.statistic(), expected).isLessThan(REL);
        double[] yd = UrcaUnitRootFixtures.doubles(c.get("yd"));
        double scale = 0;
        for (double v : yd) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < yd.length; i++) {
            assertThat(Math.abs(r.detrended().get(i) - yd[i])).as("detrended %d", i).isLessThan(REL * scale);
        }
        // urca prints its critical values rounded to two decimals.
        double[] cv = r.criticalValues().toArray();
        for (int i = 0; i < 3; i++) {
            assertThat(Math.round(cv[i] * 100) / 100.0).as("critical value %d", i)
                    .isEqualTo(c.get("cval").get(i).asDouble());
        }
        assertThat(r.pValue()).isNull();
    }
}
