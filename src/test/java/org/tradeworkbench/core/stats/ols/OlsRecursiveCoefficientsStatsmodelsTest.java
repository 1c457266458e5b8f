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
 * Recursive coefficients and their standard errors against statsmodels' RecursiveLS {@code recursive_coefficients}
 * (src/test/reference/ols_recursive_statsmodels_fixtures.py).
 */
class OlsRecursiveCoefficientsStatsmodelsTest {
    static List<JsonNode[]> cases() throws IOException {
        return OlsCusumSquaresStatsmodelsTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFilteredCoefficientsAndTheirStandardErrorsMatchStatsmodels(JsonNode q, JsonNode d) {
        OlsResult r = OlsCusumSquaresStatsmodelsTest.fit(d);
        RecursiveCoefficients c = RecursiveCoefficients.of(r);
        int k = q.get("k").asInt();
        int n = q.get("n").asInt();
        assertThat(c.periods()).hasSize(n - k + 1);
        assertThat(c.periods().get(0)).isEqualTo(r.sample().labels()[k - 1]);
        assertThat(Fixtures.relDiff(c.scale(), q.get("scale").asDouble(), 1e-300)).isLessThanOrEqualTo(1e-8);
        for (int j = 0; j < k; j++) {
            double[] b = Fixtures.doubles(q.get("coefficients").get(j));
            double[] se = Fixtures.doubles(q.get("standard_errors").get(j));
            assertThat(c.estimates()[j]).hasSize(b.length);
            for (int i = 0; i < b.length; i++) {
                // statsmodels' Kalman filter from a diffuse start carries rounding into the early recursions; the
                // tolerance is taken against the coefficient's standard error there.
                assertThat(Math.abs(c.estimates()[j][i] - b[i])).as("b[%s][%s]", j, i)
                        .isLessThanOrEqualTo(1e-6 * Math.max(Math.abs(b[i]), se[i]));
                assertThat(Fixtures.relDiff(c.standardErrors()[j][i], se[i], 1e-300)).as("se[%s][%s]", j, i)
                        .isLessThanOrEqualTo(1e-6);
            }
            // The last recursion is the model itself.
            assertThat(Fixtures.relDiff(c.estimates()[j][b.length - 1], r.coefficients().get(j).estimate(), 1e-300))
                    .isLessThanOrEqualTo(1e-10);
            assertThat(Fixtures.relDiff(c.standardErrors()[j][b.length - 1], r.coefficients().get(j).stdError(),
                    1e-300)).isLessThanOrEqualTo(1e-10);
        }
    }

    @Test
    void tooFewObservationsAndCollinearFirstObservationsAreNamed() {
        double[] x = {1, 2, 3, 4};
        double[] y = {1.5, 1.9, 3.2, 4.1};
        OlsResult tiny = Ols.fit("y", y, List.of("x"), List.of(x), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> RecursiveCoefficients.of(tiny)).isInstanceOf(DataException.class)
                .hasMessageContaining("the recursive-coefficient chart needs at least 5 observations");
        int n = 20;
        double[] z = new double[n];
        double[] dummy = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Math.cos(i);
            dummy[i] = i >= 10 ? 1 : 0;
            v[i] = Math.sin(i) + dummy[i];
        }
        OlsResult late = Ols.fit("v", v, List.of("z", "d"), List.of(z, dummy), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> RecursiveCoefficients.of(late)).isInstanceOf(DataException.class)
                .hasMessageContaining("independent on the first 3 observations");
    }

    @Test
    void theTableHasARowPerCoefficientAndNoMissingNumbers() throws IOException {
        JsonNode[] nile = cases().get(2);
        RecursiveCoefficients c = RecursiveCoefficients.of(OlsCusumSquaresStatsmodelsTest.fit(nile[1]));
        String shown = org.tradeworkbench.core.report.TextTableWriter.write(c.table());
        assertThat(c.table().rows()).hasSize(3);
        assertThat(shown).contains("const").contains("flow_1").contains("trend").doesNotContain("NaN");
        for (int j = 0; j < 3; j++) {
            assertThat(c.outsideBand(j)).isBetween(0, c.periods().size() - 1);
        }
    }
}
