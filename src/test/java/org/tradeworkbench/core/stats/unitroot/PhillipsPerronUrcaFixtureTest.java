package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** Phillips-Perron against R urca's {@code ur.pp}: Z-tau and Z-alpha, constant and trend, lags short, long, fixed. */
class PhillipsPerronUrcaFixtureTest {
    private static final double REL = 1e-9;

    static Stream<Arguments> cases() {
        return UrcaUnitRootFixtures.cases("pp").stream()
                .map(c -> Arguments.of(Named.of(UrcaUnitRootFixtures.describe(c), c)));
    }

    static PhillipsPerronSpec spec(JsonNode c) {
        return new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.parse(c.get("type").asText()),
                c.get("model").asText().equals("trend") ? UnitRootTrend.CONSTANT_TREND : UnitRootTrend.CONSTANT,
                PhillipsPerronLags.parse(c.get("lags").asText()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesUrca(JsonNode c) {
        double[] x = UrcaUnitRootFixtures.series(c.get("series").asText());
        PhillipsPerronSpec spec = spec(c);
        PhillipsPerronResult r = PhillipsPerron.test(x, spec);
        double expected = c.get("statistic").asDouble();
        assertThat(r.lags()).as("lags").isEqualTo(c.get("used_lags").asInt());
        assertThat(r.nobs()).isEqualTo(x.length - 1);
        assertThat(UrcaUnitRootFixtures.relativeDifference(r.statistic(), expected))
                .as("statistic %s vs urca %s", r.statistic(), expected).isLessThan(REL);
        double other = spec.statistic() == PhillipsPerronSpec.Statistic.Z_TAU ? r.zTau() : r.zAlpha();
        assertThat(other).isEqualTo(r.statistic());
        if (spec.statistic() == PhillipsPerronSpec.Statistic.Z_TAU) {
            double[] cv = r.criticalValues().toArray();
            for (int i = 0; i < 3; i++) {
                assertThat(UrcaUnitRootFixtures.relativeDifference(cv[i], c.get("cval").get(i).asDouble()))
                        .as("critical value %d", i).isLessThan(REL);
            }
            assertThat(r.pValue()).isEqualTo(MacKinnon.pValue(r.statistic(), spec.trend()));
            assertThat(r.criticalValueSource()).startsWith("MacKinnon (1991)");
        } else {
            // urca reports no critical values for Z-alpha.
            assertThat(c.get("cval").get(0).isNull() || c.get("cval").get(0).asText().equals("NA")).isTrue();
            assertThat(r.pValue()).isNull();
        }
    }

    @Test
    void fixtureCoversBothStatisticsModelsAndLagRules() {
        assertThat(UrcaUnitRootFixtures.cases("pp")).extracting(c -> c.get("type").asText() + "/"
                + c.get("model").asText() + "/" + c.get("lags").asText())
                .contains("Z-tau/constant/short", "Z-tau/trend/long", "Z-alpha/constant/3", "Z-alpha/trend/1");
        assertThat(UrcaUnitRootFixtures.series("us_exports_to_china_monthly")).hasSizeGreaterThan(400);
    }
}
