package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VAR commands through {@code Cli.run} on urca's Danish money-demand data (a CSV written from the statsmodels
 * fixture): the JSON keys of the contract, values as statsmodels 0.13.5 gives them, and clear usage errors.
 */
class VarCommandsTest {
    private static final double REL = 1e-6;
    private static JsonNode denmark;
    @TempDir
    static Path dir;
    private static String file;

    @BeforeAll
    static void writeData() throws IOException {
        try (InputStream in = VarCommandsTest.class.getResourceAsStream("/fixtures/var_statsmodels.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                if (c.get("name").asText().equals("denmark_levels")) {
                    denmark = c;
                }
            }
        }
        StringBuilder sb = new StringBuilder("quarter,LRM,LRY,IBO,IDE\n");
        JsonNode data = denmark.get("data");
        for (int t = 0; t < data.size(); t++) {
            sb.append(1974 + t / 4).append('Q').append(t % 4 + 1);
            for (JsonNode v : data.get(t)) {
                sb.append(',').append(v.asText());
            }
            sb.append('\n');
        }
        Path f = dir.resolve("denmark.csv");
        Files.writeString(f, sb.toString());
        file = f.toString();
    }

    private static void close(double expected, double actual, String what) {
        assertThat(Math.abs(expected - actual)).as(what + ": " + expected + " vs " + actual)
                .isLessThanOrEqualTo(REL * Math.max(Math.abs(expected), 1e-8));
    }

    private static JsonNode json(String... args) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void varselectListsTheCriteriaAndTheSelectedOrders() throws IOException {
        JsonNode j = json("varselect", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--maxlags", "5", "--json");
        String[][] keys = {{"aic", "aic"}, {"bic", "bic"}, {"hq", "hqic"}, {"fpe", "fpe"}};
        for (String[] k : keys) {
            JsonNode exp = denmark.get("select_order").get(k[1]);
            assertThat(j.get(k[0]).size()).isEqualTo(6);
            for (int p = 0; p < exp.size(); p++) {
                close(exp.get(p).asDouble(), j.get(k[0]).get(p).asDouble(), k[0] + " p=" + p);
            }
            assertThat(j.get("selected").get(k[0]).asInt()).isEqualTo(denmark.get("selected").get(k[1]).asInt());
        }
        AdfCommandTest.Run table = AdfCommandTest.run("varselect", "--data", file, "--vars", "LRM,LRY,IBO,IDE",
                "--maxlags", "5");
        assertThat(table.out()).contains("VAR lag order selection", "AIC", "FPE", "*");
    }

    @Test
    void varPrintsTheEquationsAndStability() throws IOException {
        JsonNode j = json("var", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "2", "--json");
        close(denmark.get("params").get(0).get(0).asDouble(), j.get("equations").get("LRM").get("const").get("coef")
                .asDouble(), "const of LRM");
        close(denmark.get("llf").asDouble(), j.get("llf").asDouble(), "llf");
        assertThat(j.get("stable").asBoolean()).isEqualTo(denmark.get("is_stable").asBoolean());
        assertThat(j.get("residual_tests").size()).isEqualTo(4);
    }

    @Test
    void irfGivesResponsesForHorizonsZeroToHWithBands() throws IOException {
        JsonNode j = json("irf", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "2", "--horizon", "12",
                "--json");
        assertThat(j.get("horizons").size()).isEqualTo(13);
        assertThat(j.get("horizons").get(12).asInt()).isEqualTo(12);
        JsonNode exp = denmark.get("orth_irfs");
        JsonNode se = denmark.get("orth_irf_stderr");
        for (int h = 0; h <= 12; h++) {
            for (int r = 0; r < 4; r++) {
                for (int i = 0; i < 4; i++) {
                    double e = exp.get(h).get(r).get(i).asDouble();
                    close(e, j.get("responses").get(h).get(r).get(i).asDouble(), "response " + h);
                    close(e - 1.959963984540054 * se.get(h).get(r).get(i).asDouble(),
                            j.get("lower").get(h).get(r).get(i).asDouble(), "lower " + h);
                    assertThat(j.get("upper").get(h).get(r).get(i).asDouble()).isGreaterThanOrEqualTo(e);
                }
            }
        }
        JsonNode boot = json("irf", "--data", file, "--vars", "LRM,LRY", "--lags", "1", "--horizon", "4",
                "--kind", "girf", "--draws", "100", "--seed", "7", "--json");
        assertThat(boot.get("bands").asText()).isEqualTo("bootstrap");
        assertThat(boot.get("upper").get(4).get(1).get(0).asDouble())
                .isGreaterThanOrEqualTo(boot.get("lower").get(4).get(1).get(0).asDouble());
    }

    @Test
    void fevdGivesSharesByStepVariableAndShock() throws IOException {
        JsonNode j = json("fevd", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "2", "--horizon", "12",
                "--json");
        JsonNode exp = denmark.get("fevd"); // [variable][h][shock]
        assertThat(j.get("shares").size()).isEqualTo(12);
        for (int h = 0; h < 12; h++) {
            for (int v = 0; v < 4; v++) {
                double sum = 0;
                for (int s = 0; s < 4; s++) {
                    double got = j.get("shares").get(h).get(v).get(s).asDouble();
                    close(exp.get(v).get(h).get(s).asDouble(), got, "share");
                    sum += got;
                }
                close(1, sum, "shares add up");
            }
        }
    }

    @Test
    void todaYamamotoGivesTheStatisticOfTheVarInLevels() throws IOException {
        JsonNode ty = denmark.get("toda_yamamoto");
        JsonNode j = json("toda-yamamoto", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "2",
                "--cause", "LRY", "--effect", "LRM", "--json");
        close(ty.get("statistic").asDouble(), j.get("statistic").asDouble(), "statistic");
        assertThat(j.get("df").asInt()).isEqualTo(ty.get("df").asInt());
        close(ty.get("p_value").asDouble(), j.get("p_value").asDouble(), "p value");
        assertThat(j.get("d_max").asInt()).isEqualTo(1);
        JsonNode all = json("toda-yamamoto", "--data", file, "--vars", "LRM,LRY", "--lags", "2", "--dmax", "1",
                "--json");
        assertThat(all.get("tests").size()).isEqualTo(2);
        assertThat(all.get("tests").get(0).has("statistic")).isTrue();
    }

    @Test
    void vecmGivesAlphaBetaAndTheVarInLevels() throws IOException {
        JsonNode j = json("vecm", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "2", "--case", "rc",
                "--rank", "1", "--json");
        assertThat(j.get("rank").asInt()).isEqualTo(1);
        assertThat(j.get("case").asInt()).isEqualTo(2);
        assertThat(j.get("beta").get(0).get(0).asDouble()).isEqualTo(1.0);
        assertThat(j.get("var_levels").size()).isEqualTo(2);
        AdfCommandTest.Run bad = AdfCommandTest.run("vecm", "--data", file, "--vars", "LRM,LRY", "--lags", "2",
                "--rank", "3");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("rank must be 0..2");
    }

    /** statsmodels' VECM responses (fixture vecm_responses_statsmodels.json, case 3, p = 3, rank 2) through the commands. */
    @Test
    void irfAndFevdOfTheVecmAgreeWithStatsmodels() throws IOException {
        JsonNode fit;
        try (InputStream in = VarCommandsTest.class.getResourceAsStream("/fixtures/vecm_responses_statsmodels.json")) {
            fit = new ObjectMapper().readTree(in).get("fits").get(3);
        }
        assertThat(fit.get("case").asInt()).isEqualTo(3);
        JsonNode j = json("irf", "--vecm", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "3", "--case", "c",
                "--rank", "2", "--horizon", "12", "--json");
        assertThat(j.get("horizons").size()).isEqualTo(13);
        assertThat(j.get("rank").asInt()).isEqualTo(2);
        assertThat(j.get("lower").isNull()).isTrue();
        JsonNode f = json("fevd", "--vecm", "--data", file, "--vars", "LRM,LRY,IBO,IDE", "--lags", "3", "--case", "c",
                "--rank", "2", "--horizon", "12", "--json");
        for (int h = 0; h <= 12; h++) {
            for (int r = 0; r < 4; r++) {
                for (int i = 0; i < 4; i++) {
                    close(fit.get("orth").get(h).get(r).get(i).asDouble(),
                            j.get("responses").get(h).get(r).get(i).asDouble(), "irf h=" + h);
                    if (h < 12) {
                        close(fit.get("fevd").get(h).get(r).get(i).asDouble(),
                                f.get("shares").get(h).get(r).get(i).asDouble(), "fevd h=" + h);
                    }
                }
            }
        }
        AdfCommandTest.Run table = AdfCommandTest.run("irf", "--vecm", "--data", file, "--vars", "LRM,LRY,IBO,IDE",
                "--lags", "3", "--rank", "2", "--horizon", "4");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out()).contains("Responses to a shock in LRM (VECM)", "VECM at rank 2");
        AdfCommandTest.Run rank = AdfCommandTest.run("irf", "--vecm", "--data", file, "--vars", "LRM,LRY", "--lags",
                "2", "--rank", "3", "--horizon", "4");
        assertThat(rank.status()).isEqualTo(2);
        assertThat(rank.err()).contains("rank must be 0..2, got 3");
        AdfCommandTest.Run bands = AdfCommandTest.run("irf", "--vecm", "--data", file, "--vars", "LRM,LRY", "--lags",
                "2", "--horizon", "4", "--bands", "bootstrap");
        assertThat(bands.status()).isEqualTo(2);
        assertThat(bands.err()).contains("--bands is not available for VECM responses");
        AdfCommandTest.Run lags = AdfCommandTest.run("fevd", "--vecm", "--data", file, "--vars", "LRM,LRY", "--lags",
                "40", "--horizon", "4");
        assertThat(lags.status()).isEqualTo(2);
        assertThat(lags.err()).contains("lag");
    }

    @Test
    void fevdWithBootstrapBandsGivesLowerAndUpperAroundTheShares() throws IOException {
        JsonNode j = json("fevd", "--data", file, "--vars", "LRM,LRY", "--lags", "2", "--horizon", "5", "--bands",
                "bootstrap", "--draws", "50", "--seed", "7", "--json");
        assertThat(j.get("bands").asText()).isEqualTo("bootstrap");
        assertThat(j.get("draws").asInt()).isEqualTo(50);
        assertThat(j.get("lower").size()).isEqualTo(5);
        for (int h = 0; h < 5; h++) {
            for (int v = 0; v < 2; v++) {
                for (int s = 0; s < 2; s++) {
                    assertThat(j.get("lower").get(h).get(v).get(s).asDouble())
                            .isLessThanOrEqualTo(j.get("upper").get(h).get(v).get(s).asDouble());
                }
            }
        }
        JsonNode none = json("fevd", "--data", file, "--vars", "LRM,LRY", "--lags", "2", "--horizon", "5", "--json");
        assertThat(none.get("lower").isNull()).isTrue();
        AdfCommandTest.Run bad = AdfCommandTest.run("fevd", "--data", file, "--vars", "LRM,LRY", "--lags", "2",
                "--horizon", "5", "--bands", "asymptotic");
        assertThat(bad.status()).isEqualTo(2);
    }

    @Test
    void methodsCheckSaysWhichTestIsValid() throws IOException {
        JsonNode j = json("methods-check", "--data", file, "--vars", "LRM,LRY,IBO", "--lags", "2", "--pairwise",
                "--focus", "LRM", "--json");
        assertThat(j.get("integration_orders").get(0).get("order").asInt()).isEqualTo(1);
        assertThat(j.get("tests").size()).isEqualTo(4);
        assertThat(j.get("tests").get(0).get("null_hypothesis").asText()).isEqualTo("LRY does not Granger-cause LRM");
        assertThat(j.get("tests").get(0).get("valid_test").asText()).contains("Toda-Yamamoto");
        assertThat(j.get("findings").get(0).asText()).contains("not valid");
        AdfCommandTest.Run bad = AdfCommandTest.run("methods-check", "--data", file, "--vars", "LRM,LRY", "--lags",
                "2", "--focus", "LRM");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--pairwise");
    }

    @Test
    void badInputIsAUsageErrorWithTheReason() {
        AdfCommandTest.Run one = AdfCommandTest.run("var", "--data", file, "--vars", "LRM", "--lags", "2");
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err()).contains("at least two variables");
        AdfCommandTest.Run many = AdfCommandTest.run("var", "--data", file, "--vars", "LRM,LRY", "--lags", "30");
        assertThat(many.status()).isEqualTo(2);
        assertThat(many.err()).contains("VAR(30)", "at most");
        AdfCommandTest.Run order = AdfCommandTest.run("irf", "--data", file, "--vars", "LRM,LRY", "--lags", "1",
                "--horizon", "5", "--order", "LRY,IBO");
        assertThat(order.status()).isEqualTo(2);
        assertThat(order.err()).contains("Cholesky order");
        AdfCommandTest.Run girf = AdfCommandTest.run("irf", "--data", file, "--vars", "LRM,LRY", "--lags", "1",
                "--horizon", "5", "--kind", "girf", "--bands", "asymptotic");
        assertThat(girf.status()).isEqualTo(2);
        assertThat(girf.err()).contains("bootstrap");
        AdfCommandTest.Run dmax = AdfCommandTest.run("toda-yamamoto", "--data", file, "--vars", "LRM,LRY",
                "--lags", "2", "--dmax", "7");
        assertThat(dmax.status()).isEqualTo(2);
        assertThat(dmax.err()).contains("d_max must be 0..3");
    }
}
