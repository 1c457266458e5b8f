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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pp} and {@code dfgls} against R urca's {@code ur.pp} and {@code ur.ers} (fixture from
 * src/test/reference/unitroot_pp_ers_r_fixtures.R) through the command line: the Stationarity analysis the tab runs,
 * its JSON keys, and the messages for options that do not go together.
 */
class PpDfGlsCommandsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/unitroot_pp_ers_r.json");

    @TempDir
    static Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode root() throws Exception {
        return new ObjectMapper().readTree(FIXTURE.toFile());
    }

    static List<JsonNode> cases(String section) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        root().get(section).forEach(out::add);
        return out;
    }

    static Stream<JsonNode> pp() throws Exception {
        // Z-alpha with a constant only has no p value or critical values: its refusal is tested below.
        return cases("pp").stream().filter(c -> !(c.get("type").asText().equals("Z-alpha")
                && c.get("model").asText().equals("constant")));
    }

    static Stream<JsonNode> ers() throws Exception {
        return cases("ers").stream();
    }

    /** One series of the fixture as a CSV with an observation column. */
    static Path csv(String series) throws Exception {
        Path f = dir.resolve(series + ".csv");
        if (!Files.exists(f)) {
            StringBuilder sb = new StringBuilder("obs,x\n");
            int i = 1;
            for (JsonNode v : root().get("series").get(series)) {
                sb.append(i++).append(',').append(v.asText()).append('\n');
            }
            Files.writeString(f, sb.toString());
        }
        return f;
    }

    static void close(double expected, double actual, String what) {
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs urca " + expected)
                .isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(expected)));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("pp")
    void ppMatchesUrca(JsonNode c) throws Exception {
        Run r = run("pp", "--data", csv(c.get("series").asText()).toString(), "--column", "x", "--type",
                c.get("type").asText().toLowerCase(), "--trend", c.get("model").asText().equals("trend") ? "ct" : "c",
                "--lags", c.get("lags").asText(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        close(c.get("statistic").asDouble(), j.get("statistic").asDouble(), "statistic");
        assertThat(j.get("lags").asInt()).isEqualTo(c.get("used_lags").asInt());
        if (c.get("type").asText().equals("Z-tau")) {
            close(c.get("cval").get(0).asDouble(), j.get("critical_values").get("1%").asDouble(), "1% cv");
            close(c.get("cval").get(1).asDouble(), j.get("critical_values").get("5%").asDouble(), "5% cv");
            close(c.get("cval").get(2).asDouble(), j.get("critical_values").get("10%").asDouble(), "10% cv");
            assertThat(j.get("p_value").isNumber()).isTrue();
        } else {
            // urca gives no critical values for Z-alpha; ours with a trend are the engine's (docs/unit-roots.md).
            assertThat(j.get("p_value").isNull()).isTrue();
            assertThat(j.get("critical_values").get("5%").isNumber()).isTrue();
        }
        assertThat(j.get("nobs").asInt()).isEqualTo(root().get("series").get(c.get("series").asText()).size() - 1);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("ers")
    void dfglsMatchesUrcaAtFixedLags(JsonNode c) throws Exception {
        Run r = run("dfgls", "--data", csv(c.get("series").asText()).toString(), "--column", "x", "--trend",
                c.get("model").asText().equals("trend") ? "ct" : "c", "--lags", c.get("used_lags").asText(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        close(c.get("statistic").asDouble(), j.get("statistic").asDouble(), "statistic");
        assertThat(j.get("p_value").isNull()).isTrue();
        assertThat(j.get("nobs").asInt()).isEqualTo(c.get("nobs_regression").asInt());
        // urca prints its critical values rounded to two decimals.
        String[] levels = {"1%", "5%", "10%"};
        for (int i = 0; i < 3; i++) {
            assertThat(Math.round(j.get("critical_values").get(levels[i]).asDouble() * 100) / 100.0)
                    .as(levels[i]).isEqualTo(c.get("cval").get(i).asDouble());
        }
    }

    static Stream<JsonNode> gretlMaic() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("src/test/resources/fixtures/unitroot_dfgls_gretl.json").toFile())
                .get("cases").forEach(out::add);
        return out.stream();
    }

    /**
     * The MAIC order through the command against gretl's {@code adf --gls --test-down=MAIC} (fixture from
     * src/test/reference/unitroot_dfgls_gretl_fixtures.py, on the urca fixture's series).
     */
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("gretlMaic")
    void dfglsByMaicMatchesGretl(JsonNode c) throws Exception {
        Run r = run("dfgls", "--data", csv(c.get("series").asText()).toString(), "--column", "x", "--trend",
                c.get("model").asText().equals("trend") ? "ct" : "c", "--autolag", "maic", "--maxlag",
                c.get("max_lag").asText(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("lags").asInt()).isEqualTo(c.get("used_lags").asInt());
        assertThat(j.get("nobs").asInt()).isEqualTo(c.get("nobs_regression").asInt());
        assertThat(j.get("maxlag").asInt()).isEqualTo(c.get("max_lag").asInt());
        assertThat(j.get("autolag").asText()).isEqualTo("maic");
        close(c.get("statistic").asDouble(), j.get("statistic").asDouble(), "statistic");
    }

    @Test
    void zAlphaWithAConstantOnlyIsRefusedWithTheReason() throws Exception {
        Run r = run("pp", "--data", csv("Nile").toString(), "--column", "x", "--type", "z-alpha");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("Z-alpha").contains("use Z-tau");
    }

    @Test
    void optionsThatDoNotGoTogetherAreNamed() throws Exception {
        String f = csv("Nile").toString();
        assertThat(run("dfgls", "--data", f, "--column", "x", "--lags", "2", "--autolag", "maic").err())
                .contains("either --lags K or --autolag");
        assertThat(run("dfgls", "--data", f, "--column", "x", "--lags", "2", "--maxlag", "4").err())
                .contains("--maxlag goes with --autolag");
        assertThat(run("pp", "--data", f, "--column", "x", "--lags", "middle").err()).contains("short, long");
        assertThat(run("pp", "--data", f, "--column", "x", "--trend", "nc").status()).isNotZero();
        assertThat(run("pp", "--data", f, "--column", "x", "--diff", "1", "--find-diff").err())
                .contains("one or the other");
    }

    @Test
    void findDiffTriesDifferencesUntilTheTestRejects() throws Exception {
        Run r = run("dfgls", "--data", csv("ln_us_goods_imports_china").toString(), "--column", "x", "--find-diff",
                "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("tried").size()).isGreaterThanOrEqualTo(1);
        assertThat(j.get("diff").asInt()).isEqualTo(j.get("tried").size() - 1);
    }
}
