package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;

/**
 * The CUSUM of squares and its Edgerton-Wells bounds against statsmodels' RecursiveLS
 * (src/test/reference/ols_recursive_statsmodels_fixtures.py).
 */
class OlsCusumSquaresStatsmodelsTest {
    static List<JsonNode[]> cases() throws IOException {
        List<JsonNode> data = Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"));
        List<JsonNode[]> out = new ArrayList<>();
        for (JsonNode q : Fixtures.cases(Fixtures.load("ols_recursive_statsmodels.json"))) {
            out.add(new JsonNode[] {q, data.stream().filter(x -> x.get("name").asText().equals(q.get("name").asText()))
                    .findFirst().orElseThrow()});
        }
        return out;
    }

    static OlsResult fit(JsonNode d) {
        return Ols.fit(Fixtures.dataset(d.get("columns")), d.get("y").asText(), Fixtures.strings(d.get("x")),
                OlsOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCusumOfSquaresAndItsBoundsMatchStatsmodels(JsonNode q, JsonNode d) {
        OlsResult r = fit(d);
        CusumSquaresResult t = CusumSquaresResult.of(r);
        double[] s = Fixtures.doubles(q.get("cusum_squares"));
        double[] lo = Fixtures.doubles(q.get("lower"));
        double[] hi = Fixtures.doubles(q.get("upper"));
        assertThat(t.squares()).hasSize(s.length);
        for (int i = 0; i < s.length; i++) {
            assertThat(Fixtures.relDiff(t.squares()[i], s[i], 1e-300)).as("S at %s", i).isLessThanOrEqualTo(1e-8);
            assertThat(Math.abs(t.lower(i) - lo[i])).as("lower at %s", i).isLessThanOrEqualTo(1e-12);
            assertThat(Math.abs(t.upper(i) - hi[i])).as("upper at %s", i).isLessThanOrEqualTo(1e-12);
        }
        assertThat(t.periods().get(0)).isEqualTo(r.sample().labels()[q.get("k").asInt()]);
        // The crossing read from statsmodels' own numbers.
        String first = null;
        for (int i = 0; i < s.length && first == null; i++) {
            if (s[i] < lo[i] || s[i] > hi[i]) {
                first = t.periods().get(i);
            }
        }
        assertThat(t.firstCrossing()).isEqualTo(first);
    }

    @Test
    void theRecursiveResidualsMatchStatsmodels() throws IOException {
        for (JsonNode[] c : cases()) {
            double[] w = RecursiveLeastSquares.of(fit(c[1]), "test").recursive();
            double[] theirs = Fixtures.doubles(c[0].get("resid_recursive"));
            // statsmodels runs a Kalman filter from a diffuse start, which carries rounding near 3e-8 into the early
            // residuals (R strucchange's recresid, computed by regressions as ours, agrees to 1e-14).
            for (int i = 0; i < w.length; i++) {
                assertThat(Fixtures.relDiff(w[i], theirs[i], 1e-300)).isLessThanOrEqualTo(1e-6);
            }
        }
    }

    @Test
    void theNilesLevelShiftLeavesTheBoundsAndTheTableSaysWhere() throws IOException {
        JsonNode[] nile = cases().stream().filter(c -> c[0].get("name").asText().equals("nile_ar1_trend"))
                .findFirst().orElseThrow();
        CusumSquaresResult t = CusumSquaresResult.of(fit(nile[1]));
        String shown = org.tradeworkbench.core.report.TextTableWriter.write(t.table());
        assertThat(shown).contains("CUSUM of squares").contains("Edgerton and Wells").doesNotContain("NaN");
        if (t.firstCrossing() != null) {
            assertThat(shown).contains(t.firstCrossing()).doesNotContain("none (stable)");
            assertThat(t.outsideRuns()).isNotEmpty();
        } else {
            assertThat(shown).contains("none (stable)");
        }
    }

    @Test
    void tooFewObservationsAndAPerfectFitAreNamed() {
        double[] x = {1, 2, 3, 4, 5, 6, 7};
        double[] y = {1.5, 1.9, 3.2, 4.1, 4.8, 6.3, 7.1};
        OlsResult shortSample = Ols.fit("y", y, List.of("x"), List.of(x), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> CusumSquaresResult.of(shortSample)).isInstanceOf(DataException.class)
                .hasMessageContaining("at least 8 observations").hasMessageContaining("has 7");
        int n = 20;
        double[] xs = new double[n];
        double[] exact = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Math.cos(i);
            exact[i] = 2 + 3 * xs[i];
        }
        OlsResult perfect = Ols.fit("y", exact, List.of("x"), List.of(xs), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> CusumSquaresResult.of(perfect)).isInstanceOf(DataException.class)
                .hasMessageContaining("every recursive residual is zero");
    }
}
