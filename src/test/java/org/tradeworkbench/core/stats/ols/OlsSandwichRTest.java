package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;

/**
 * HC0 to HC3 standard errors, t and p against R's sandwich {@code vcovHC} and lmtest {@code coeftest}
 * (src/test/reference/ols_sandwich_r_fixtures.R).
 */
class OlsSandwichRTest {
    /**
     * R's vcovHC forms (X'X)^-1 from the QR of X and so squares Longley's condition number (about 1e8 in the
     * scaled columns): its last digits on that case are R's rounding, not ours (ours agree with the exact
     * rational sandwich to 1e-8, see OlsStatsmodelsFixtureTest). The other cases are held to 1e-10.
     */
    private static final double LONGLEY_TOL = 1e-6;
    private static final double TOL = 1e-10;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_sandwich_r.json"));
    }

    private static void closeArray(String what, List<Double> actual, JsonNode expected) {
        double tol = what.startsWith("longley") ? LONGLEY_TOL : TOL;
        double[] e = Fixtures.doubles(expected);
        assertThat(actual).as(what + " length").hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(Fixtures.relDiff(actual.get(i), e[i], 1e-300))
                    .as("%s[%d]: got %s, R %s", what, i, actual.get(i), e[i]).isLessThanOrEqualTo(tol);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesVcovHC(JsonNode c) {
        for (JsonNode cov : c.get("cov")) {
            CovarianceType type = CovarianceType.parse(cov.get("type").asText());
            OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean())
                    .withCovariance(type, -1);
            OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(),
                    Fixtures.strings(c.get("x")), opt);
            String n = c.get("name").asText() + " " + type.key() + " ";
            closeArray(n + "params", r.coefficients().stream().map(Coefficient::estimate).toList(), c.get("params"));
            closeArray(n + "bse", r.coefficients().stream().map(Coefficient::stdError).toList(), cov.get("bse"));
            closeArray(n + "t", r.coefficients().stream().map(Coefficient::t).toList(), cov.get("t"));
            closeArray(n + "p", r.coefficients().stream().map(Coefficient::pValue).toList(), cov.get("p"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hacKernelsMatchKernHac(JsonNode c) {
        for (JsonNode h : c.get("hac")) {
            CovarianceType type = CovarianceType.parse(h.get("type").asText());
            int lags = h.get("lags").asInt();
            OlsOptions opt = OlsOptions.DEFAULT.withConstant(c.get("constant").asBoolean())
                    .withCovariance(type, lags);
            OlsResult r = Ols.fit(Fixtures.dataset(c.get("columns")), c.get("y").asText(),
                    Fixtures.strings(c.get("x")), opt);
            closeArray(c.get("name").asText() + " " + type.key() + " lags " + lags + " bse",
                    r.coefficients().stream().map(Coefficient::stdError).toList(), h.get("bse"));
            if (type == CovarianceType.HAC && lags == 3) {
                closeArray(c.get("name").asText() + " NeweyWest(lag = 3) bse",
                        r.coefficients().stream().map(Coefficient::stdError).toList(), c.get("newey_west_lag3_bse"));
            }
        }
    }

    @Test
    void anObservationWithLeverageOneIsRefusedByHc2AndHc3() {
        // A dummy for the last row fits that row exactly: its leverage is 1.
        double[] y = {1.0, 2.5, 2.0, 4.5, 4.0, 9.0};
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] dummy = {0, 0, 0, 0, 0, 1};
        for (CovarianceType t : List.of(CovarianceType.HC2, CovarianceType.HC3)) {
            assertThatThrownBy(() -> Ols.fit("y", y, List.of("x", "d"), List.of(x, dummy),
                    OlsOptions.DEFAULT.withCovariance(t, -1))).isInstanceOf(DataException.class)
                    .hasMessageContaining("observation 6 has leverage 1");
        }
        assertThat(Ols.fit("y", y, List.of("x", "d"), List.of(x, dummy),
                OlsOptions.DEFAULT.withCovariance(CovarianceType.HC0, -1)).coefficients()).hasSize(3);
    }
}
