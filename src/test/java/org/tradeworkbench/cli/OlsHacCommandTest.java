package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.stats.ols.Fixtures;

/**
 * {@code ols --hac-bandwidth nw|andrews --prewhite --hac-adjust} on the U.S. Census monthly trade with China, against
 * R sandwich (src/test/reference/ols_hac_auto_r_fixtures.R, case census_monthly_imports).
 */
class OlsHacCommandTest {
    private static final Path MONTHLY = Path.of("../shared/data/curated/us_china_goods_monthly.csv");
    private static final String Y = "log(us_imports_from_china_musd)";
    private static final String X = "log(us_imports_from_china_musd)(-1),log(us_exports_to_china_musd)";

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int s = Cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(s, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode expected(String cov, String rule, boolean prewhite, boolean adjust) throws Exception {
        for (JsonNode c : Fixtures.cases(Fixtures.load("ols_hac_auto_r.json"))) {
            if (c.get("name").asText().equals("census_monthly_imports")) {
                for (JsonNode h : c.get("hac")) {
                    if (h.get("cov").asText().equals(cov) && h.get("rule").asText().equals(rule)
                            && h.get("prewhite").asBoolean() == prewhite && h.get("adjust").asBoolean() == adjust) {
                        return h;
                    }
                }
            }
        }
        throw new AssertionError(cov + " " + rule);
    }

    @Test
    void automaticBandwidthsMatchSandwichAndTheJsonSaysWhichWasUsed() throws Exception {
        String[][] runs = {{"hac", "nw"}, {"hac-qs", "andrews"}, {"hac-parzen", "andrews"}};
        for (String[] c : runs) {
            Run r = run("ols", "--data", MONTHLY.toString(), "--y", Y, "--x", X, "--cov", c[0], "--hac-bandwidth",
                    c[1], "--prewhite", "--hac-adjust", "--json");
            assertThat(r.status()).as(r.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            JsonNode e = expected(c[0], c[1], true, true);
            assertThat(j.get("hac_bandwidth_rule").asText()).isEqualTo(c[1]);
            assertThat(j.get("hac_prewhite").asBoolean()).isTrue();
            assertThat(j.get("hac_adjust").asBoolean()).isTrue();
            assertThat(Fixtures.relDiff(j.get("hac_selected_bandwidth").asDouble(), e.get("bandwidth").asDouble(),
                    1e-300)).isLessThanOrEqualTo(1e-6);
            double[] bse = Fixtures.doubles(e.get("bse"));
            for (int i = 0; i < bse.length; i++) {
                assertThat(Fixtures.relDiff(j.get("coefficients").get(i).get("std_error").asDouble(), bse[i], 1e-300))
                        .as(c[0] + " " + c[1] + " bse " + i).isLessThanOrEqualTo(1e-6);
            }
        }
        Run text = run("ols", "--data", MONTHLY.toString(), "--y", Y, "--x", X, "--cov", "hac", "--hac-bandwidth",
                "nw");
        assertThat(text.out()).contains("Newey-West (1994) bandwidth");
    }

    @Test
    void hacChoicesWithoutAHacCovarianceOrWithFixedLagsAreRefused() {
        Run r = run("ols", "--data", MONTHLY.toString(), "--y", Y, "--x", X, "--prewhite");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--prewhite").contains("--cov hac");
        Run both = run("ols", "--data", MONTHLY.toString(), "--y", Y, "--x", X, "--cov", "hac", "--hac-lags", "3",
                "--hac-bandwidth", "andrews");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("either --hac-lags or an automatic --hac-bandwidth");
        Run bad = run("ols", "--data", MONTHLY.toString(), "--y", Y, "--x", X, "--cov", "hac", "--hac-bandwidth",
                "silverman");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("silverman");
    }
}
