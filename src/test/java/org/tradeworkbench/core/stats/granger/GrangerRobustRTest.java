package org.tradeworkbench.core.stats.granger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.Fixtures;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.core.stats.ols.HacSettings;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Granger tests with robust covariances (HC0-HC3, HAC with three kernels, fixed and automatic bandwidths) against
 * R lmtest::waldtest and lmtest::grangertest with a sandwich vcov (src/test/reference/granger_robust_r_fixtures.R),
 * run through the causality analysis as the tab and the commands run them.
 */
class GrangerRobustRTest {
    private static final double TOL = 1e-6;

    static List<JsonNode> cases() throws IOException {
        return Fixtures.cases(Fixtures.load("granger_robust_r.json"));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Fixtures.relDiff(actual, expected, 1e-300)).as("%s: got %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(TOL);
    }

    static CausalitySpec spec(JsonNode c, JsonNode t) {
        CovarianceType cov = CovarianceType.parse(t.get("cov").asText());
        HacBandwidth bw = t.has("bandwidth") ? HacBandwidth.parse(t.get("bandwidth").asText()) : HacBandwidth.FIXED;
        HacSettings hac = new HacSettings(bw, t.path("prewhite").asBoolean(false), t.path("adjust").asBoolean(false));
        return new CausalitySpec(List.of(c.get("effect").asText(), c.get("cause").asText()), t.get("lags").asInt(),
                false).withCovariance(cov, t.has("hac_lags") ? t.get("hac_lags").asInt() : -1,
                cov.isHac() ? hac : HacSettings.FIXED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void waldFMatchesR(JsonNode c) {
        Dataset data = Fixtures.dataset(c.get("columns"));
        int checked = 0;
        for (JsonNode t : c.get("tests")) {
            CausalitySpec spec = spec(c, t);
            CausalityReport r = new CausalityAnalysis().run(spec, data, ProgressReporter.NONE);
            CausalityRow row = r.rows().get(t.get("direction").asText().equals("forward") ? 0 : 1);
            String w = c.get("name").asText() + " " + t.get("direction").asText() + " " + t.get("cov").asText()
                    + " " + t.path("bandwidth").asText("fixed") + (t.path("prewhite").asBoolean() ? " prewhite" : "")
                    + " lags " + t.get("lags").asInt() + ": ";
            assertThat(row.ok()).as(w + row.problem()).isTrue();
            GrangerStatistic g = row.statistic();
            assertThat(g.nobs()).as(w + "nobs").isEqualTo(t.get("nobs").asInt());
            assertThat(g.dfNum()).as(w + "df1").isEqualTo(t.get("df_num").asInt());
            assertThat(g.dfDenom()).as(w + "df2").isEqualTo(t.get("df_denom").asInt());
            close(w + "F", g.fStatistic(), t.get("f").asDouble());
            close(w + "p", g.pValue(), t.get("p").asDouble());
            close(w + "grangertest F", g.fStatistic(), t.get("grangertest_f").asDouble());
            close(w + "grangertest p", g.pValue(), t.get("grangertest_p").asDouble());
            close(w + "chi-square = q F", g.chi2Statistic(), g.dfNum() * g.fStatistic());
            assertThat(g.covariance()).startsWith(spec.covariance().label());
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theTableNamesTheCovarianceAndClassicalStaysTheSsrTest() throws IOException {
        JsonNode c = cases().get(0);
        Dataset data = Fixtures.dataset(c.get("columns"));
        CausalitySpec classical = new CausalitySpec(List.of("chicken", "egg"), 2, true);
        CausalityReport plain = new CausalityAnalysis().run(classical, data, ProgressReporter.NONE);
        assertThat(plain.table().title()).isEqualTo("Granger causality tests, lags 1 to 2");
        assertThat(String.join(" ", plain.table().notes())).contains("Covariance: classical");
        CausalityReport robust = new CausalityAnalysis().run(classical.withCovariance(CovarianceType.HAC, 2,
                HacSettings.FIXED), data, ProgressReporter.NONE);
        assertThat(robust.table().title()).isEqualTo("Granger causality tests, lags 1 to 2, Newey-West HAC");
        assertThat(String.join(" ", robust.table().notes())).contains("Newey-West HAC, 2 lags covariance")
                .contains("waldtest");
        assertThat(robust.toJson()).containsEntry("covariance", "hac");
        // Same SSRs (the classical table's from the nested QR), another statistic.
        close("ssr", robust.rows().get(0).statistic().ssrUnrestricted(),
                plain.rows().get(0).statistic().ssrUnrestricted());
        assertThat(robust.rows().get(0).statistic().fStatistic())
                .isNotEqualTo(plain.rows().get(0).statistic().fStatistic());
    }
}
