package org.tradeworkbench.core.stats.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacKinnonTest {

    private static JsonNode fixture() throws Exception {
        try (InputStream in = MacKinnonTest.class.getResourceAsStream("/fixtures/unitroot_statsmodels.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The paper's Table 2: its printed ADF statistics (constant, no trend) give its printed p-values. */
    @ParameterizedTest
    @CsvSource({"-3.515, 0.0076", "-3.400, 0.0110", "-3.647, 0.0049", "-4.703, 0.0001"})
    void paperTable2PValues(double statistic, String printed) {
        double p = MacKinnon.pValue(statistic, UnitRootTrend.CONSTANT);
        assertThat(String.format(java.util.Locale.ROOT, "%.4f", p)).isEqualTo(printed);
    }

    @Test
    void pValueGridMatchesStatsmodels() throws Exception {
        int n = 0;
        for (JsonNode c : fixture().get("mackinnonp")) {
            double p = MacKinnon.pValue(c.get("statistic").asDouble(), UnitRootTrend.parse(c.get("trend").asText()));
            double expected = c.get("p_value").asDouble();
            assertThat(Math.abs(p - expected)).as("%s %s", c.get("trend"), c.get("statistic"))
                    .isLessThanOrEqualTo(1e-8 * Math.abs(expected));
            n++;
        }
        assertThat(n).isGreaterThan(1000);
    }

    @Test
    void criticalValuesMatchStatsmodels() throws Exception {
        for (JsonNode c : fixture().get("mackinnoncrit")) {
            double[] cv = MacKinnon.criticalValues(UnitRootTrend.parse(c.get("trend").asText()), c.get("nobs").asInt());
            String[] keys = {"crit_1", "crit_5", "crit_10"};
            for (int k = 0; k < 3; k++) {
                double expected = c.get(keys[k]).asDouble();
                assertThat(Math.abs(cv[k] - expected)).isLessThanOrEqualTo(1e-12 * Math.abs(expected));
            }
        }
    }

    @Test
    void tailsAreZeroAndOne() {
        assertThat(MacKinnon.pValue(-30, UnitRootTrend.CONSTANT)).isZero();
        assertThat(MacKinnon.pValue(3, UnitRootTrend.CONSTANT)).isEqualTo(1.0);
        assertThat(MacKinnon.pValue(50, UnitRootTrend.NONE)).isLessThan(1.0 + 1e-15);
        assertThat(MacKinnon.pValue(Double.NaN, UnitRootTrend.CONSTANT)).isNaN();
    }

    @Test
    void asymptoticCriticalValues() {
        assertThat(MacKinnon.criticalValues(UnitRootTrend.CONSTANT, Double.POSITIVE_INFINITY))
                .containsExactly(-3.43035, -2.86154, -2.56677);
    }
}
