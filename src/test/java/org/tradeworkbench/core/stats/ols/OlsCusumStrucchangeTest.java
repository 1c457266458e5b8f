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
 * Recursive residuals, the CUSUM process and its 5% bound against R strucchange
 * (src/test/reference/ols_cusum_strucchange_fixtures.R).
 */
class OlsCusumStrucchangeTest {
    static List<JsonNode[]> cases() throws IOException {
        List<JsonNode> data = Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"));
        List<JsonNode[]> out = new ArrayList<>();
        for (JsonNode q : Fixtures.cases(Fixtures.load("ols_cusum_strucchange.json"))) {
            for (JsonNode d : data) {
                if (d.get("name").asText().equals(q.get("name").asText())) {
                    out.add(new JsonNode[] {q, d});
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesStrucchange(JsonNode q, JsonNode d) {
        OlsResult r = Ols.fit(Fixtures.dataset(d.get("columns")), d.get("y").asText(), Fixtures.strings(d.get("x")),
                OlsOptions.DEFAULT);
        CusumResult t = CusumResult.of(r);
        double[] w = Fixtures.doubles(q.get("recursive"));
        double[] p = Fixtures.doubles(q.get("process"));
        double[] b = Fixtures.doubles(q.get("bound"));
        int m = w.length;
        assertThat(t.recursive()).hasSize(m);
        double scale = Math.sqrt(m);
        for (int i = 0; i < m; i++) {
            assertThat(Fixtures.relDiff(t.recursive()[i], w[i], 1e-12)).as("w[%d]", i).isLessThanOrEqualTo(1e-6);
            // strucchange's process starts at 0 and is W_t / sqrt(n - k).
            assertThat(Fixtures.relDiff(t.cusum()[i] / scale, p[i + 1], 1e-12)).as("W[%d]", i)
                    .isLessThanOrEqualTo(1e-6);
            // strucchange finds its critical value by uniroot (tolerance about 1e-4); ours is the exact root.
            assertThat(Fixtures.relDiff(t.bound()[i] / scale, b[i + 1], 1e-12)).as("bound[%d]", i)
                    .isLessThanOrEqualTo(2e-4);
        }
        assertThat(t.critical()).isBetween(0.9478, 0.9480);
    }

    @Test
    void aRegimeWhereTheFirstObservationsAreCollinearIsNamed() {
        int n = 20;
        double[] y = new double[n];
        double[] x = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i);
            x[i] = Math.cos(0.3 * i);
            d[i] = i >= 10 ? 1 : 0;
        }
        OlsResult r = Ols.fit("y", y, List.of("x", "d"), List.of(x, d), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> CusumResult.of(r)).isInstanceOf(DataException.class)
                .hasMessageContaining("independent on the first 3 observations (1 to 3)");
    }
}
