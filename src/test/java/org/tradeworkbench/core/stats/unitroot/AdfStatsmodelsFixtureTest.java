package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** ADF against statsmodels 0.13 {@code adfuller} on real series: every trend, fixed lags, each autolag. */
class AdfStatsmodelsFixtureTest {
    private static final double REL = 1e-8;

    static Stream<Arguments> cases() {
        return UnitRootFixtures.cases("adf").stream()
                .map(c -> Arguments.of(Named.of(UnitRootFixtures.describe(c), c)));
    }

    static AdfSpec spec(JsonNode c) {
        UnitRootTrend trend = UnitRootTrend.parse(c.get("trend").asText());
        int diff = c.get("diff").asInt();
        if (c.get("autolag").isNull()) {
            // statsmodels' fixed lags: adfuller(maxlag=K, autolag=None)
            return AdfSpec.fixedLags(trend, diff, c.get("lags").asInt());
        }
        Integer maxlag = c.get("maxlag").isNull() ? null : c.get("maxlag").asInt();
        return AdfSpec.autoLag(trend, diff, LagCriterion.parse(c.get("autolag").asText()), maxlag);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesStatsmodels(JsonNode c) {
        double[] x = UnitRootFixtures.series(c.get("series").asText());
        AdfSpec spec = spec(c);
        if (c.has("error")) {
            String expected = c.get("error").asText().startsWith("no residual") ? "no residual degrees of freedom"
                    : "too large";
            assertThatThrownBy(() -> Adf.test(x, spec)).isInstanceOf(DataException.class)
                    .hasMessageContaining(expected);
            return;
        }
        AdfResult r = Adf.test(x, spec);
        if (c.has("lowered_maxlag")) {
            // The default rule's maximum would leave the largest candidate an exact fit: it is lowered, and
            // statsmodels was asked with the lowered maximum.
            assertThat(r.maxLag()).as("maximum lag searched").isEqualTo(c.get("lowered_maxlag").asInt())
                    .isLessThan(Adf.defaultMaxLag(x.length - c.get("diff").asInt(), spec.trend()));
        }
        assertThat(r.lags()).as("lags").isEqualTo(c.get("used_lags").asInt());
        assertThat(r.nobs()).as("nobs").isEqualTo(c.get("nobs").asInt());
        assertClose("statistic", r.statistic(), c.get("statistic").asDouble());
        assertClose("p-value", r.pValue(), c.get("p_value").asDouble());
        assertClose("1%", r.criticalValues()[0], c.get("crit_1").asDouble());
        assertClose("5%", r.criticalValues()[1], c.get("crit_5").asDouble());
        assertClose("10%", r.criticalValues()[2], c.get("crit_10").asDouble());
        if (spec.isAutoLag()) {
            assertClose("icbest", r.icBest(), c.get("ic_best").asDouble());
        }
        if (c.has("urca_tau")) {
            // R urca's ur.df prints 15 significant digits.
            assertThat(UnitRootFixtures.close(r.statistic(), c.get("urca_tau").asDouble(), 1e-12))
                    .as("urca tau %s vs %s", r.statistic(), c.get("urca_tau").asDouble()).isTrue();
        }
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(UnitRootFixtures.close(actual, expected, REL))
                .as("%s: %s, statsmodels %s", what, actual, expected).isTrue();
    }
}
