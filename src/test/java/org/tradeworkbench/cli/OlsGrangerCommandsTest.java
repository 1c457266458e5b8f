package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.stats.ols.Fixtures;

/** The ols, granger and causality commands end to end: CSV in, JSON contract out, exit codes. */
class OlsGrangerCommandsTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int s = Cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(s, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Writes a fixture case's columns as an annual CSV starting in 1901 (empty cells for missing values). */
    private Path csv(JsonNode columns) throws Exception {
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = columns.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            names.add(e.getKey());
            cols.add(Fixtures.doubles(e.getValue()));
        }
        StringBuilder sb = new StringBuilder("year,").append(String.join(",", names)).append('\n');
        for (int i = 0; i < cols.get(0).length; i++) {
            sb.append(1901 + i);
            for (double[] c : cols) {
                sb.append(',').append(Double.isNaN(c[i]) ? "" : Double.toString(c[i]));
            }
            sb.append('\n');
        }
        Path p = dir.resolve("data.csv");
        Files.writeString(p, sb.toString());
        return p;
    }

    private static JsonNode fixtureCase(String file, String name) throws Exception {
        for (JsonNode c : Fixtures.cases(Fixtures.load(file))) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name);
    }

    private static void close(double actual, JsonNode expected) {
        assertThat(Fixtures.relDiff(actual, expected.asDouble(), 1e-300)).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void olsJsonFollowsTheContractAndMatchesStatsmodels() throws Exception {
        JsonNode c = fixtureCase("ols_statsmodels.json", "denmark_hc1");
        Path data = csv(c.get("columns"));
        Run r = run("ols", "--data", data.toString(), "--y", "LRM", "--x", String.join(",",
                Fixtures.strings(c.get("x"))), "--cov", "hc1", "--bg-order", "4", "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String key : List.of("nobs", "df_resid", "coefficients", "r_squared", "adj_r_squared", "f_statistic",
                "f_p_value", "durbin_watson", "log_likelihood", "aic", "bic", "ssr", "diagnostics")) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        JsonNode e = c.get("expected");
        assertThat(j.get("nobs").asInt()).isEqualTo(e.get("nobs").asInt());
        assertThat(j.get("df_resid").asInt()).isEqualTo(e.get("df_resid").asInt());
        JsonNode coefs = j.get("coefficients");
        assertThat(coefs.get(0).get("name").asText()).isEqualTo("const");
        assertThat(coefs.get(1).get("name").asText()).isEqualTo("LRM(-1)");
        for (int i = 0; i < coefs.size(); i++) {
            close(coefs.get(i).get("estimate").asDouble(), e.get("params").get(i));
            close(coefs.get(i).get("std_error").asDouble(), e.get("exact_robust").get("bse").get(i));
            close(coefs.get(i).get("t").asDouble(), e.get("exact_robust").get("tvalues").get(i));
            close(coefs.get(i).get("p_value").asDouble(), e.get("exact_robust").get("pvalues").get(i));
        }
        close(j.get("r_squared").asDouble(), e.get("rsquared"));
        close(j.get("adj_r_squared").asDouble(), e.get("rsquared_adj"));
        close(j.get("durbin_watson").asDouble(), e.get("durbin_watson"));
        close(j.get("log_likelihood").asDouble(), e.get("llf"));
        close(j.get("aic").asDouble(), e.get("aic"));
        close(j.get("bic").asDouble(), e.get("bic"));
        close(j.get("ssr").asDouble(), e.get("ssr"));
        close(j.get("diagnostics").get("breusch_godfrey").get("statistic").asDouble(),
                e.get("breusch_godfrey").get("lm"));
    }

    @Test
    void olsTextShowsTablesAndTheSampleRangeApplies() throws Exception {
        JsonNode c = fixtureCase("ols_statsmodels.json", "longley_classical");
        Path data = csv(c.get("columns"));
        Run r = run("ols", "--data", data.toString(), "--y", "employed", "--x", "gnp,unemployed,d(population)",
                "--from", "1903", "--to", "1916");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("OLS: dependent variable employed").contains("d(population)")
                .contains("Durbin-Watson").contains("Breusch-Godfrey").contains("Ramsey RESET")
                .contains("13 observations (1 dropped for missing values)");
    }

    @Test
    void badInputExitsWithStatusTwoAndOneLine() throws Exception {
        JsonNode c = fixtureCase("ols_statsmodels.json", "longley_classical");
        Path data = csv(c.get("columns"));
        Run collinear = run("ols", "--data", data.toString(), "--y", "employed", "--x", "gnp,2*gnp");
        assertThat(collinear.status()).isEqualTo(2);
        assertThat(collinear.err()).contains("\"2*gnp\" is collinear with \"gnp\"");
        assertThat(collinear.err().strip()).doesNotContain("\n");
        assertThat(run("ols", "--data", data.toString(), "--y", "employed", "--x", "gnp", "--cov", "hc4").status())
                .isEqualTo(2);
        assertThat(run("ols", "--data", data.toString(), "--y", "employed", "--x", "gnp,,year").err())
                .contains("empty item");
        assertThat(run("ols", "--data", data.toString(), "--y", "log(", "--x", "gnp").status()).isEqualTo(2);
        assertThat(run("ols", "--data", data.toString(), "--y", "employed", "--x", "gnp", "--hac-lags", "2").err())
                .contains("--hac-lags applies only with --cov hac");
        assertThat(run("granger", "--data", data.toString(), "--cause", "gnp", "--effect", "employed").err())
                .contains("missing --lags");
        assertThat(run("causality", "--data", data.toString(), "--vars", "gnp", "--lags", "1").status())
                .isEqualTo(2);
    }

    @Test
    void splitsExpressionListsOutsideParentheses() {
        assertThat(OlsCommand.splitList("ols", "x", "d(x, 2), log(y),`a,b`")).containsExactly("d(x, 2)", "log(y)",
                "`a,b`");
    }

    @Test
    void grangerJsonFollowsTheContract() throws Exception {
        JsonNode c = fixtureCase("granger_reference.json", "chickegg_egg_causes_chicken");
        Path data = csv(c.get("columns"));
        Run r = run("granger", "--data", data.toString(), "--cause", "egg", "--effect", "chicken", "--lags", "2",
                "--lag-order", "4", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode t = c.get("tests").get(1);
        close(j.get("f_statistic").asDouble(), t.get("f"));
        close(j.get("p_value").asDouble(), t.get("p"));
        assertThat(j.get("df_num").asInt()).isEqualTo(2);
        assertThat(j.get("df_denom").asInt()).isEqualTo(t.get("df_denom").asInt());
        assertThat(j.get("nobs").asInt()).isEqualTo(t.get("nobs").asInt());
        close(j.get("chi2_statistic").asDouble(), t.get("chi2"));
        close(j.get("chi2_p_value").asDouble(), t.get("chi2_p"));
        assertThat(j.get("reverse").get("null_hypothesis").asText())
                .isEqualTo("chicken does not Granger-cause egg");
        assertThat(j.get("lag_order").get("selected").get("aic").asInt())
                .isEqualTo(c.get("var").get("selected").get("aic").asInt());
    }

    @Test
    void causalityPrintsThePairwiseTable() throws Exception {
        JsonNode c = fixtureCase("granger_reference.json", "chickegg_egg_causes_chicken");
        Path data = csv(c.get("columns"));
        Run r = run("causality", "--data", data.toString(), "--vars", "chicken,egg", "--lags", "3", "--all-lags");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("egg does not Granger-cause chicken").contains("chicken does not Granger-cause egg")
                .contains("Verdict").contains("p value").containsPattern("Granger-causes \\w+ at 5%|no Granger causality at 5%");
        Run j = run("causality", "--data", data.toString(), "--vars", "chicken,egg", "--lags", "2", "--json");
        assertThat(j.out()).contains("\"reject_5pct\"");
    }
}
