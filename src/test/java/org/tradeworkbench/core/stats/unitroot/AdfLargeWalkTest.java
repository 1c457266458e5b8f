package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The benchmark's case against statsmodels: the seeded 100,000-point random walk, constant, lags chosen among
 * 0..68 by AIC and by t-stat. The one-factorisation search must pick statsmodels' order with its criterion.
 */
class AdfLargeWalkTest {

    @Test
    void matchesStatsmodelsOnTheBenchmarkWalk() {
        double[] walk = RandomWalk.generate(100_000, RandomWalk.SEED);
        int checked = 0;
        for (JsonNode c : UnitRootFixtures.root().get("large_walk")) {
            assertThat(c.get("seed").asLong()).isEqualTo(RandomWalk.SEED);
            AdfSpec spec = AdfSpec.autoLag(UnitRootTrend.parse(c.get("trend").asText()), 0,
                    LagCriterion.parse(c.get("autolag").asText()), null);
            AdfResult r = Adf.test(walk, spec);
            assertThat(r.maxLag()).isEqualTo(68);
            assertThat(r.lags()).isEqualTo(c.get("used_lags").asInt());
            assertThat(r.nobs()).isEqualTo(c.get("nobs").asInt());
            assertRel(r.statistic(), c.get("statistic").asDouble());
            assertRel(r.pValue(), c.get("p_value").asDouble());
            assertRel(r.icBest(), c.get("ic_best").asDouble());
            assertRel(r.criticalValues()[0], c.get("crit_1").asDouble());
            assertRel(r.criticalValues()[1], c.get("crit_5").asDouble());
            assertRel(r.criticalValues()[2], c.get("crit_10").asDouble());
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    private static void assertRel(double actual, double expected) {
        assertThat(UnitRootFixtures.close(actual, expected, 1e-8)).as("%s vs statsmodels %s", actual, expected)
                .isTrue();
    }
}
