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

/** The QLR sup-F and its break date against gretl's {@code qlrtest} (src/test/reference/ols_qlr_gretl_fixtures.py). */
class OlsQlrGretlTest {
    static List<JsonNode[]> cases() throws IOException {
        List<JsonNode> data = Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"));
        List<JsonNode[]> out = new ArrayList<>();
        for (JsonNode q : Fixtures.cases(Fixtures.load("ols_qlr_gretl.json"))) {
            for (JsonNode d : data) {
                // The paper sample is refused (see below), where gretl fits a regime exactly.
                if (d.get("name").asText().equals(q.get("name").asText()) && q.get("nobs").asInt() > 30) {
                    out.add(new JsonNode[] {q, d});
                }
            }
        }
        return out;
    }

    private static OlsResult fit(JsonNode d) {
        return Ols.fit(Fixtures.dataset(d.get("columns")), d.get("y").asText(), Fixtures.strings(d.get("x")),
                OlsOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGretlQlrtest(JsonNode q, JsonNode d) {
        OlsResult r = fit(d);
        QlrResult t = QlrResult.of(r, 0.15);
        assertThat(t.dfNum()).isEqualTo(q.get("df_num").asInt());
        assertThat(t.dfDen()).isEqualTo(q.get("df_den").asInt());
        assertThat(Fixtures.relDiff(t.chiSquare(), q.get("chi_square").asDouble(), 1e-300)).isLessThanOrEqualTo(1e-8);
        String[] labels = r.sample().labels();
        assertThat(t.breakAt()).isEqualTo(labels[q.get("break_obs").asInt() - 1]);
        int n = labels.length;
        assertThat(t.periods().get(0)).isEqualTo(labels[(int) Math.floor(0.15 * n) - 1]);
        assertThat(t.periods().get(t.periods().size() - 1)).isEqualTo(labels[(int) Math.floor(0.85 * n) - 1]);
    }

    @Test
    void aSampleTooShortForTheTrimmingAndABadTrimmingAreNamed() throws IOException {
        // 22 years and 3 coefficients: 15% trimming puts the first candidate break after 2 observations, too few
        // to fit the first regime (gretl's qlrtest computes F there with the regime fitted exactly or not at all).
        JsonNode paper = Fixtures.cases(Fixtures.load("ols_hac_auto_r.json")).get(0);
        assertThat(paper.get("name").asText()).isEqualTo("paper_patents_ar1_fdi");
        OlsResult r = fit(paper);
        assertThatThrownBy(() -> QlrResult.of(r, 0.15)).isInstanceOf(DataException.class)
                .hasMessageContaining("15% trimming").hasMessageContaining("22 observations")
                .hasMessageContaining("leaves 2 before it");
        assertThat(QlrResult.of(r, 0.25).periods().get(0)).isEqualTo(r.sample().labels()[4]);
        assertThatThrownBy(() -> QlrResult.of(r, 0.2)).hasMessageContaining("leaves 3 before it");
        assertThatThrownBy(() -> QlrResult.of(r, 0.6)).isInstanceOf(DataException.class)
                .hasMessageContaining("between 0 and 0.5");
    }

    @Test
    void aRegimeWhereARegressorIsConstantIsNamed() {
        int n = 40;
        double[] y = new double[n];
        double[] x = new double[n];
        double[] dummy = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i) + 0.1 * i;
            x[i] = Math.cos(0.7 * i);
            dummy[i] = i >= 30 ? 1 : 0;
        }
        OlsResult r = Ols.fit("y", y, List.of("x", "d"), List.of(x, dummy), OlsOptions.DEFAULT);
        assertThatThrownBy(() -> QlrResult.of(r, 0.15)).isInstanceOf(DataException.class)
                .hasMessageContaining("cannot split the sample").hasMessageContaining("d depends on the others");
    }
}
