package org.tradeworkbench.core.stats.ols;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.ResultTable;

/**
 * Rows dropped for missing values: Durbin-Watson and Breusch-Godfrey treat the remaining rows as consecutive, as R
 * lmtest after na.omit (src/test/reference/ols_gap_r_fixtures.R), and the coefficient table says so exactly when
 * a dropped row lies inside the sample.
 */
class OlsGapTest {
    private static final double TOL = 1e-8;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("ols_gap_r.json"));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(TOL);
    }

    private static OlsResult fit(Dataset data, int bgOrder) {
        return Ols.fit(data, "flow", List.of("trend"), OlsOptions.DEFAULT.withBgOrder(bgOrder));
    }

    private static String notes(OlsResult r) {
        ResultTable t = r.tables().get(0);
        return String.join("\n", t.notes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void residualTestsMatchRAfterNaOmit(JsonNode c) {
        Dataset data = Fixtures.dataset(c.get("columns"));
        OlsResult r = fit(data, 1);
        String w = c.get("name").asText() + " ";
        assertThat(r.nobs()).isEqualTo(c.get("nobs").asInt());
        close(w + "DW", r.durbinWatson(), c.get("dw").asDouble());
        DiagnosticResult bg = r.diagnostics().get("breusch_godfrey");
        close(w + "BG(1) LM", bg.statistic(), c.get("bg1_lm").asDouble());
        close(w + "BG(1) p", bg.pValue(), c.get("bg1_p").asDouble());
        close(w + "BG(1) F", bg.fStatistic(), c.get("bg1_f").asDouble());
        DiagnosticResult bg2 = fit(data, 2).diagnostics().get("breusch_godfrey");
        close(w + "BG(2) LM", bg2.statistic(), c.get("bg2_lm").asDouble());
        close(w + "BG(2) p", bg2.pValue(), c.get("bg2_p").asDouble());
    }

    @Test
    void theNoteAppearsExactlyWhenARowInsideTheSampleIsMissing() throws IOException {
        List<JsonNode> cs = cases();
        OlsResult inside = fit(Fixtures.dataset(cs.get(0).get("columns")), 1);
        assertThat(inside.sample().interiorDropped()).isEqualTo(1);
        assertThat(inside.gapNote()).startsWith("1 row dropped for missing values (1 inside the sample)")
                .contains("treat the remaining rows as consecutive");
        assertThat(notes(inside)).contains(inside.gapNote());
        assertThat(inside.toJson()).containsEntry("dropped_inside", 1);

        // A missing first row only shortens the sample: no note.
        OlsResult atStart = fit(Fixtures.dataset(cs.get(1).get("columns")), 1);
        assertThat(atStart.sample().dropped()).isEqualTo(1);
        assertThat(atStart.sample().interiorDropped()).isZero();
        assertThat(atStart.gapNote()).isNull();
        assertThat(notes(atStart)).contains("1 dropped for missing values").doesNotContain("consecutive");

        // A lag's leading missing value and a missing last row are not inside either; two gaps inside are counted.
        double[] flow = Fixtures.doubles(cs.get(1).get("columns").get("flow"));
        double[] trend = Fixtures.doubles(cs.get(1).get("columns").get("trend"));
        flow[flow.length - 1] = Double.NaN;
        Dataset ends = data(trend, flow);
        OlsResult endsFit = Ols.fit(ends, "flow", List.of("trend", "flow(-1)"), OlsOptions.DEFAULT);
        assertThat(endsFit.sample().dropped()).isEqualTo(3);
        assertThat(endsFit.gapNote()).isNull();
        flow[10] = Double.NaN;
        flow[20] = Double.NaN;
        OlsResult two = Ols.fit(data(trend, flow), "flow", List.of("trend"), OlsOptions.DEFAULT);
        assertThat(two.sample().interiorDropped()).isEqualTo(2);
        assertThat(two.gapNote()).startsWith("4 rows dropped for missing values (2 inside the sample)");
        assertThat(notes(fit(Fixtures.dataset(cs.get(0).get("columns")), 1))).contains("consecutive");
    }

    private static Dataset data(double[] trend, double[] flow) {
        return new Dataset("gap", org.tradeworkbench.core.data.TimeIndex.undated(trend.length),
                List.of(org.tradeworkbench.core.data.Series.of("trend", trend),
                        org.tradeworkbench.core.data.Series.of("flow", flow)));
    }
}
