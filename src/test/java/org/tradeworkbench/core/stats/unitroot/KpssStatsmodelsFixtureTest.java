package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** KPSS against statsmodels 0.13 {@code kpss}: level and trend, lags auto, legacy and fixed. */
class KpssStatsmodelsFixtureTest {
    private static final double REL = 1e-8;

    static Stream<Arguments> cases() {
        return UnitRootFixtures.cases("kpss").stream()
                .map(c -> Arguments.of(Named.of(UnitRootFixtures.describe(c), c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesStatsmodels(JsonNode c) {
        double[] x = UnitRootFixtures.series(c.get("series").asText());
        UnitRootTrend trend = UnitRootTrend.parse(c.get("trend").asText());
        KpssLags lags = KpssLags.parse(c.get("nlags").asText());
        int diff = c.get("diff").asInt();
        TimeSeriesSample sample = TimeSeriesSample.trim("x", x, null);
        if (c.has("error")) {
            assertThatThrownBy(() -> Kpss.test(sample, trend, lags, diff)).isInstanceOf(DataException.class);
            return;
        }
        KpssResult r = Kpss.test(sample, trend, lags, diff);
        assertThat(r.lags()).as("lags").isEqualTo(c.get("used_lags").asInt());
        assertThat(r.statistic()).as("statistic").satisfies(
                v -> assertThat(UnitRootFixtures.close(v, c.get("statistic").asDouble(), REL)).isTrue());
        assertThat(UnitRootFixtures.close(r.pValue(), c.get("p_value").asDouble(), REL))
                .as("p %s vs %s", r.pValue(), c.get("p_value").asDouble()).isTrue();
        assertThat(r.beyondTable()).as("flag").isEqualTo(c.get("beyond_table").asBoolean());
        assertThat(r.criticalValues()).containsExactly(c.get("crit_10").asDouble(), c.get("crit_5").asDouble(),
                c.get("crit_2_5").asDouble(), c.get("crit_1").asDouble());
    }

    @Test
    void fixtureHasCasesInsideAndBeyondTheTable() {
        long beyond = UnitRootFixtures.cases("kpss").stream().filter(c -> c.path("beyond_table").asBoolean()).count();
        long inside = UnitRootFixtures.cases("kpss").stream()
                .filter(c -> c.has("beyond_table") && !c.get("beyond_table").asBoolean()).count();
        assertThat(beyond).isPositive();
        assertThat(inside).isPositive();
    }

    @Test
    void interpolationInsideTheTable() {
        double[] crit = {0.347, 0.463, 0.574, 0.739};
        assertThat(Kpss.interpolate(0.405, crit)).isCloseTo(0.075, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(Kpss.interpolate(0.2, crit)).isEqualTo(0.10);
        assertThat(Kpss.interpolate(2.0, crit)).isEqualTo(0.01);
    }

    @Test
    void beyondTableIsFlaggedWithANote() {
        double[] trendUp = new double[60];
        for (int i = 0; i < trendUp.length; i++) {
            trendUp[i] = i + Math.sin(i);
        }
        KpssResult r = Kpss.test(trendUp, UnitRootTrend.CONSTANT, KpssLags.AUTO);
        assertThat(r.beyondTable()).isTrue();
        assertThat(r.pValue()).isEqualTo(0.01);
        assertThat(r.pValueNote()).contains("smaller than 0.01");
        assertThat(r.toJson()).containsEntry("p_value_beyond_table", true);
    }
}
