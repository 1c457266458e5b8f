package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wald tests of linear restrictions against R car's {@code linearHypothesis} with sandwich's covariances
 * (src/test/reference/ols_wald_r_fixtures.R): zero, equality and weighted-sum restrictions, one or two at once,
 * with the classical, HC1, HC3 and HAC (Bartlett, 2 lags) covariances; F and chi-square forms.
 */
class OlsWaldRTest {
    /** Longley's regressors are nearly collinear; R's covariance keeps about 8 digits there (OlsSandwichRTest). */
    private static final double TOL = 1e-6;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_wald_r.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesLinearHypothesis(JsonNode c) {
        for (JsonNode res : c.get("results")) {
            String cov = res.get("cov").asText();
            CovarianceType type = CovarianceType.parse(cov);
            OlsOptions opt = OlsOptions.DEFAULT.withCovariance(type, type.isHac() ? 2 : -1);
            OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(),
                    Fixtures.strings(c.get("x")), opt);
            WaldResult w = WaldResult.of(r, c.get("restrictions").asText());
            String what = c.get("name").asText() + " " + cov;
            assertThat(w.df1()).as(what).isEqualTo(res.get("df1").asInt());
            assertThat(w.df2()).as(what).isEqualTo(res.get("df2").asInt());
            close(what + " F", w.f(), res.get("f").asDouble());
            close(what + " p", w.fPValue(), res.get("p").asDouble());
            close(what + " chi-square", w.chiSquare(), res.get("chisq").asDouble());
            close(what + " chi-square p", w.chiSquarePValue(), res.get("chisq_p").asDouble());
        }
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, R %s", what, actual, expected)
                .isLessThanOrEqualTo(TOL);
    }

    @Test
    void namesWhatItCannotRead() throws IOException {
        JsonNode c = cases().get(0);
        OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(), Fixtures.strings(c.get("x")),
                OlsOptions.DEFAULT);
        assertThatThrownBy(() -> WaldResult.of(r, "gdp = 0")).hasMessageContaining("\"gdp\"")
                .hasMessageContaining("the coefficients are const, gnp");
        assertThatThrownBy(() -> WaldResult.of(r, "gnp")).hasMessageContaining("left = right");
        assertThatThrownBy(() -> WaldResult.of(r, "1 = 1")).hasMessageContaining("restricts no coefficient");
        assertThatThrownBy(() -> WaldResult.of(r, "gnp = 0, 2*gnp = 0")).hasMessageContaining("not independent");
        assertThatThrownBy(() -> WaldResult.of(r, "x*gnp = 0")).hasMessageContaining("\"x\"");
        WaldRestrictions w = WaldRestrictions.parse("-gnp + 2.5*unemployed - 1e-3 = population - 4",
                List.of("const", "gnp", "unemployed", "armed_forces", "population"));
        assertThat(w.r()[0]).containsExactly(0, -1, 2.5, 0, -1);
        assertThat(w.q()[0]).isEqualTo(1e-3 - 4);
    }
}
