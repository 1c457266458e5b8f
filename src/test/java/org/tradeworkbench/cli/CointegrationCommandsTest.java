package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code engle-granger}, {@code johansen}, {@code ardl} and {@code phillips-ouliaris}: the JSON keys of the issue,
 * the references, bad input.
 */
class CointegrationCommandsTest {
    private static final String SAMPLE = "sample-data/china_us_annual.csv";
    private static final String VARS = "log(us_goods_imports_china_musd),log(us_goods_exports_china_musd)";

    private static JsonNode fixture() throws IOException {
        try (InputStream in = CointegrationCommandsTest.class.getResourceAsStream(
                "/fixtures/cointegration_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode find(String section, String dataset, String... keyValues) throws IOException {
        for (JsonNode c : fixture().get(section)) {
            boolean ok = c.get("dataset").asText().equals(dataset);
            for (int i = 0; i < keyValues.length; i += 2) {
                ok &= c.get(keyValues[i]).asText().equals(keyValues[i + 1]);
            }
            if (ok) {
                return c;
            }
        }
        throw new AssertionError("no fixture case " + dataset);
    }

    @Test
    void engleGrangerJsonOnTheSampleIsStatsmodelsCoint() throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("engle-granger", "--data", SAMPLE, "--vars", VARS, "--trend", "ct",
                "--autolag", "bic", "--maxlag", "3", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        JsonNode ref = find("engle_granger", "sample_china_us", "trend", "ct", "autolag", "bic");
        double stat = ref.get("statistic").asDouble();
        assertThat(j.get("statistic").asDouble()).isCloseTo(stat, Offset.offset(1e-6 * Math.abs(stat)));
        double p = ref.get("p_value").asDouble();
        assertThat(j.get("p_value").asDouble()).isCloseTo(p, Offset.offset(1e-6 * p));
        assertThat(j.get("lags").asInt()).isEqualTo(ref.get("lags").asInt());
        assertThat(j.get("cointegrating_regression")).hasSize(3);
        assertThat(j.get("cointegrating_regression").get(0).get("name").asText())
                .isEqualTo("log(us_goods_exports_china_musd)");
        assertThat(j.get("cointegrating_regression").get(0).get("estimate").asDouble())
                .isCloseTo(ref.get("coefficients").get(0).asDouble(), Offset.offset(1e-8));
    }

    @Test
    void engleGrangerTextShowsTheCointegratingRegression() {
        AdfCommandTest.Run r = AdfCommandTest.run("engle-granger", "--data", SAMPLE, "--vars", VARS);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Cointegrating regression: log(us_goods_imports_china_musd)")
                .contains("MacKinnon (2010)").contains("const");
    }

    @Test
    void johansenJsonHasTheIssuesKeysRankZeroFirst() throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("johansen", "--data", SAMPLE, "--vars", VARS, "--lags", "1",
                "--case", "crt", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        JsonNode ref = find("johansen_urca", "sample_china_us", "ecdet", "trend");
        for (String key : new String[] {"eigenvalues", "trace", "max_eigen", "trace_critical_values"}) {
            assertThat(j.get(key).isArray()).as(key).isTrue();
            assertThat(j.get(key)).as(key).hasSize(2);
        }
        for (int r0 = 0; r0 < 2; r0++) {
            double t = ref.get("trace").get(r0).asDouble();
            assertThat(j.get("trace").get(r0).asDouble()).isCloseTo(t, Offset.offset(1e-6 * t));
            assertThat(j.get("trace_critical_values").get(r0).get("5%").asDouble())
                    .isCloseTo(ref.get("trace_cv").get(r0).get(1).asDouble(), Offset.offset(0.005 + 1e-9));
        }
        assertThat(j.get("rank").isInt()).isTrue();
        assertThat(j.get("critical_values_source").asText()).contains("Osterwald-Lenum");
        assertThat(j.get("beta_rows").toString()).contains("trend");
    }

    @Test
    void johansenDefaultCaseCitesMacKinnonHaugMichelis() throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("johansen", "--data", SAMPLE, "--vars", VARS, "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().get("case").asText()).isEqualTo("c");
        assertThat(r.json().get("critical_values_source").asText()).contains("MacKinnon-Haug-Michelis (1999)");
    }

    @Test
    void ardlJsonHasTheIssuesKeysAndStatsmodelsNumbers() throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("ardl", "--data", SAMPLE, "--vars", VARS, "--maxlag", "2",
                "--ic", "aic", "--case", "3", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        JsonNode ref = find("ardl", "sample_china_us", "case", "3", "ic", "aic");
        assertThat(j.get("order").toString()).isEqualTo(ref.get("order").toString());
        double f = ref.get("f_statistic").asDouble();
        assertThat(j.get("f_statistic").asDouble()).isCloseTo(f, Offset.offset(1e-6 * f));
        double t = ref.get("t_statistic").asDouble();
        assertThat(j.get("t_statistic").asDouble()).isCloseTo(t, Offset.offset(1e-6 * Math.abs(t)));
        JsonNode b = j.get("bounds");
        assertThat(b.get("f_pss").get("5%").toString()).isEqualTo("[4.94,5.73]");
        assertThat(b.get("t_pss").get("5%").toString()).isEqualTo("[-2.86,-3.22]");
        assertThat(b.get("f_narayan").get("n").asInt()).isEqualTo(30);
        assertThat(b.get("f_narayan").get("5%").toString()).isEqualTo("[5.395,6.35]");
        // 5.93 lies between Narayan's 5% bounds 5.395 and 6.350
        assertThat(j.get("verdict").asText()).isEqualTo("inconclusive");
        assertThat(j.get("order_selection")).hasSize(6);
    }

    @Test
    void ardlTextShowsTheSelectionTableTheErrorCorrectionFormAndTheBounds() {
        AdfCommandTest.Run r = AdfCommandTest.run("ardl", "--data", SAMPLE, "--vars", VARS, "--case", "4");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ARDL order selection by AIC").contains("Error-correction form")
                .contains("Table CI(iv)").contains("Narayan (2005), n = 30")
                .contains("PSS give no bounds for case IV").contains("verdict at 5%");
    }

    /** year, a random walk a, b = a + noise, c constant, d = 2a - 1 (collinear with a). */
    private static Path badFile(Path dir, int rows) throws IOException {
        Random rnd = new Random(11);
        StringBuilder sb = new StringBuilder("year,a,b,c,d\n");
        double a = 0;
        for (int i = 0; i < rows; i++) {
            a += rnd.nextGaussian();
            sb.append(1950 + i).append(',').append(a).append(',').append(a + rnd.nextGaussian()).append(",3,")
                    .append(2 * a - 1).append('\n');
        }
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @ParameterizedTest(name = "{0} --vars {1}")
    @CsvSource(delimiter = ';', value = {
        "engle-granger;a,c;40;\"c\" is constant",
        "johansen;a,c;40;\"c\" is constant",
        "engle-granger;d,a;40;d is (almost) an exact linear combination of a",
        "johansen;a,d;40;collinear",
        "engle-granger;a,b;4;observations of a, b (1950..1953) are too few",
        "johansen;a,b;5;observations of a, b are too few",
        "ardl;b,c;40;\"c\" is constant",
        "ardl;b,a,d;40;collinear",
        "ardl;a,b;4;observations of a, b are too few for maxlag 1",
    })
    void badInputIsOneLineNamingTheProblem(String command, String vars, int rows, String message,
                                           @TempDir Path dir) throws IOException {
        Path f = badFile(dir, rows);
        String[] args = command.equals("ardl")
                ? new String[] {command, "--data", f.toString(), "--vars", vars, "--maxlag", "1"}
                : new String[] {command, "--data", f.toString(), "--vars", vars, "--lags", "1"};
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(r.out()).isEmpty();
    }

    private static JsonNode poCase(String type, String demean, String lag) throws IOException {
        try (InputStream in = CointegrationCommandsTest.class.getResourceAsStream(
                "/fixtures/phillips_ouliaris_urca.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                if (c.get("dataset").asText().equals("china_us_annual") && c.get("type").asText().equals(type)
                        && c.get("demean").asText().equals(demean) && c.get("lag").asText().equals(lag)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no Phillips-Ouliaris case " + type + " " + demean + " " + lag);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"Pu,constant,long", "Pz,trend,short", "Pu,none,short", "Pz,constant,long"})
    void phillipsOuliarisJsonOnTheSampleIsUrcaCaPo(String type, String demean, String lag) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("phillips-ouliaris", "--data", SAMPLE, "--vars", VARS, "--type",
                type.toLowerCase(java.util.Locale.ROOT), "--demean", demean, "--lag", lag, "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        JsonNode ref = poCase(type, demean, lag);
        double stat = ref.get("statistic").asDouble();
        assertThat(j.get("statistic").asDouble()).isCloseTo(stat, Offset.offset(1e-6 * Math.abs(stat)));
        assertThat(j.get("critical_values").get("10%").asDouble())
                .isEqualTo(ref.get("critical_values").get(0).asDouble());
        assertThat(j.get("critical_values").get("5%").asDouble())
                .isEqualTo(ref.get("critical_values").get(1).asDouble());
        assertThat(j.get("critical_values").get("1%").asDouble())
                .isEqualTo(ref.get("critical_values").get(2).asDouble());
        assertThat(j.get("type").asText()).isEqualTo(type);
        assertThat(j.get("lags").asInt()).isEqualTo(ref.get("lags").asInt());
        assertThat(j.get("nobs").asInt()).isEqualTo(ref.get("nobs").asInt());
        assertThat(j.get("verdict").asText()).isEqualTo(stat > ref.get("critical_values").get(1).asDouble()
                ? "cointegrated" : "not cointegrated");
        assertThat(j.get("critical_values_source").asText()).startsWith("Phillips and Ouliaris (1990)");
        assertThat(j.has("cointegrating_regression")).isEqualTo(type.equals("Pu"));
    }

    @Test
    void phillipsOuliarisTextAndHelp() {
        AdfCommandTest.Run r = AdfCommandTest.run("phillips-ouliaris", "--data", SAMPLE, "--vars", VARS);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pu statistic").contains("verdict at 5%").contains("Table Ia")
                .contains("Cointegrating regression: log(us_goods_imports_china_musd)");
        AdfCommandTest.Run h = AdfCommandTest.run("phillips-ouliaris", "--help");
        assertThat(h.status()).as(h.err()).isZero();
        assertThat(h.out()).contains("Phillips-Ouliaris").contains("--type pu|pz")
                .contains("--demean none|constant|trend").contains("--lag short|long");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "a,c;--type pu;40;\"c\" is constant",
        "d,a;--demean constant;40;VAR(1) regression of d, a on their first lags: regressor \"const\" is collinear",
        "a,d;--type pz --demean constant;40;collinear",
        "a,b;--type pz --demean trend;5;5 observations of a, b (1950..1954) are too few",
        "a,b;--type pu --lag long;6;the long lag rule gives 5 lags for 5 observations",
        "a,b;--type pq;40;--type must be one of pu, pz",
        "a,b;--demean drift;40;--demean must be one of none, constant, trend",
        "a,b,c,d,a,b,c;--type pu;40;is given twice",
        "a,b;--tol 2;40;the tolerance must be above 0 and below 1",
    })
    void phillipsOuliarisBadInputIsOneLineNamingTheProblem(String vars, String options, int rows, String message,
                                                          @TempDir Path dir) throws IOException {
        Path f = badFile(dir, rows);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("phillips-ouliaris", "--data",
                f.toString(), "--vars", vars));
        args.addAll(java.util.List.of(options.split(" ")));
        AdfCommandTest.Run r = AdfCommandTest.run(args.toArray(String[]::new));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(r.out()).isEmpty();
    }
}
