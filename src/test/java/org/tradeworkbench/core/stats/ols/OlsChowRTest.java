package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * The Chow break test against R (src/test/reference/ols_chow_r_fixtures.R; gretl's {@code chow 1899} on the same
 * model gives F(3, 93) = 7.13161): the Nile's flow on its lag and a trend, breaks at 1899 and 1940.
 */
class OlsChowRTest {
    private static JsonNode nile() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_chow_r.json")).get(0);
    }

    private static Dataset data(JsonNode c) {
        List<Series> series = new ArrayList<>();
        int n = 0;
        Iterator<Map.Entry<String, JsonNode>> it = c.get("columns").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] v = Fixtures.doubles(e.getValue());
            n = v.length;
            series.add(Series.of(e.getKey(), v));
        }
        return new Dataset("nile", new TimeIndex(Period.annual(c.get("start").asInt()), n), series);
    }

    private static RegressionSpec spec(JsonNode c, String at) {
        List<ModelTerms.Regressor> xs = new ArrayList<>();
        for (String x : Fixtures.strings(c.get("x"))) {
            xs.add(new ModelTerms.Regressor(x, 0));
        }
        return new RegressionSpec(c.get("y").asText(), 0, xs, true, CovarianceType.CLASSICAL, -1, 1)
                .withChowBreak(at);
    }

    @Test
    void matchesR() throws IOException {
        JsonNode c = nile();
        for (JsonNode t : c.get("tests")) {
            String at = t.get("break_at").asText();
            DiagnosticResult chow = new RegressionAnalysis().run(spec(c, at), data(c), ProgressReporter.NONE).result()
                    .diagnostics().get("chow");
            assertThat(Fixtures.relDiff(chow.fStatistic(), t.get("f").asDouble(), 1e-300)).as("F at " + at)
                    .isLessThanOrEqualTo(1e-8);
            assertThat(Fixtures.relDiff(chow.fPValue(), t.get("p").asDouble(), 1e-300)).as("p at " + at)
                    .isLessThanOrEqualTo(1e-8);
            assertThat(chow.fDfNum()).isEqualTo(t.get("df_num").asDouble());
            assertThat(chow.fDfDenom()).isEqualTo(t.get("df_denom").asDouble());
            assertThat(chow.name()).isEqualTo("Chow break test at " + at);
        }
    }

    @Test
    void aBreakOutsideTheSampleOrTooNearItsEndIsNamed() throws IOException {
        JsonNode c = nile();
        RegressionAnalysis a = new RegressionAnalysis();
        assertThatThrownBy(() -> a.run(spec(c, "2030"), data(c), ProgressReporter.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("Chow break 2030 is not a period")
                .hasMessageContaining("1872 to 1970");
        assertThatThrownBy(() -> a.run(spec(c, "1874"), data(c), ProgressReporter.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("leaves 2 observations before it");
        assertThat(a.run(spec(c, null), data(c), ProgressReporter.NONE).result().diagnostics().tests())
                .extracting(DiagnosticResult::key).doesNotContain("chow");
    }
}
