package org.tradeworkbench.core.analysis.cointegration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.close;
import static org.tradeworkbench.core.analysis.cointegration.CointegrationFixtures.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/** Engle-Granger against statsmodels 0.13.5 {@code coint} and its cointegrating regression. */
class EngleGrangerReferenceTest {
    private static final double REL = 1e-6;

    static List<JsonNode> cases() {
        return CointegrationFixtures.cases("engle_granger");
    }

    static EngleGrangerSpec spec(JsonNode c) {
        List<String> vars = CointegrationFixtures.strings(c.get("variables"));
        EngleGrangerTrend trend = EngleGrangerTrend.parse(c.get("trend").asText());
        if (c.get("autolag").isNull()) {
            return new EngleGrangerSpec(vars, trend, c.get("maxlag").asInt(), null, null);
        }
        Integer max = c.get("maxlag").isNull() ? null : c.get("maxlag").asInt();
        return new EngleGrangerSpec(vars, trend, null, LagCriterion.parse(c.get("autolag").asText()), max);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void agreesWithStatsmodelsCoint(JsonNode c) {
        EngleGrangerReport r = new EngleGranger().run(spec(c), CointegrationFixtures.dataset(
                c.get("dataset").asText()), ProgressReporter.NONE);
        String what = c.get("dataset").asText() + " " + c.get("trend").asText() + " " + c.get("autolag").asText();
        assertEquals(c.get("lags").asInt(), r.lags(), what + " lags");
        assertEquals(c.get("adf_nobs").asInt(), r.adfNobs(), what + " ADF nobs");
        close(c.get("statistic").asDouble(), r.statistic(), REL, 1e-8, what + " statistic");
        close(c.get("p_value").asDouble(), r.pValue(), REL, 1e-12, what + " p-value");
        double[] cv = doubles(c.get("critical_values"));
        if (Double.isNaN(cv[0])) {
            assertNull(r.criticalValues(), what + ": statsmodels has no critical values for trend n");
        } else {
            close(cv, r.criticalValues(), REL, 1e-8, what + " critical values");
        }
        close(doubles(c.get("coefficients")), r.coefficients(), REL, 1e-8, what + " coefficients");
        close(doubles(c.get("std_errors")), r.standardErrors(), REL, 1e-8, what + " standard errors");
        close(c.get("r_squared").asDouble(), r.rSquared(), REL, 1e-8, what + " R-squared");
    }
}
