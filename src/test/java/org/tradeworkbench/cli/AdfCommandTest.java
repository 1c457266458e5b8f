package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

class AdfCommandTest {
    static final Path CURATED = Path.of("..", "shared", "data", "curated", "china_us_hitech_annual.csv");

    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An annual file 1901.. with a seeded AR(1) series {@code y} and its level {@code level}. */
    static Path sampleFile(Path dir) throws IOException {
        java.util.Random rnd = new java.util.Random(5);
        StringBuilder sb = new StringBuilder("year,y,level\n");
        double y = 0;
        double level = 50;
        for (int i = 0; i < 120; i++) {
            y = 0.6 * y + rnd.nextGaussian();
            level += y;
            sb.append(1901 + i).append(',').append(y).append(',').append(level).append('\n');
        }
        Path f = dir.resolve("sample.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void paperPatentRowFromTheCuratedFile() throws IOException {
        assumeTrue(Files.exists(CURATED), "shared curated data not present");
        Run r = run("adf", "--data", CURATED.toString(), "--column", "log(cn_patent_apps_nonresident)",
                "--from", "2004", "--to", "2017", "--diff", "1", "--lags", "0", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(String.format(Locale.ROOT, "%.3f", j.get("statistic").asDouble())).isEqualTo("-3.647");
        assertThat(String.format(Locale.ROOT, "%.4f", j.get("p_value").asDouble())).isEqualTo("0.0049");
        assertThat(j.get("lags").asInt()).isZero();
        assertThat(j.get("nobs").asInt()).isEqualTo(12);
        assertThat(j.get("critical_values").has("1%")).isTrue();
        assertThat(j.get("critical_values").has("5%")).isTrue();
        assertThat(j.get("critical_values").has("10%")).isTrue();
    }

    @Test
    void autolagJsonAgreesWithTheEngine(@TempDir Path dir) throws IOException {
        Path f = sampleFile(dir);
        Run r = run("adf", "--data", f.toString(), "--column", "level", "--trend", "ct", "--autolag", "bic",
                "--maxlag", "8", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        double[] level = new double[120];
        String[] lines = Files.readString(f).split("\n");
        for (int i = 0; i < 120; i++) {
            level[i] = Double.parseDouble(lines[i + 1].split(",")[2]);
        }
        AdfResult e = Adf.test(level, AdfSpec.autoLag(UnitRootTrend.CONSTANT_TREND, 0, LagCriterion.BIC, 8));
        assertThat(j.get("statistic").asDouble()).isEqualTo(e.statistic());
        assertThat(j.get("lags").asInt()).isEqualTo(e.lags());
        assertThat(j.get("nobs").asInt()).isEqualTo(e.nobs());
        assertThat(j.get("ic_best").asDouble()).isEqualTo(e.icBest());
        assertThat(j.get("sample_end").asText()).isEqualTo("2020");
    }

    @Test
    void textOutputShowsTheTestAndTheRegression(@TempDir Path dir) throws IOException {
        Run r = run("adf", "--data", sampleFile(dir).toString(), "--column", "d(level)", "--lags", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ADF statistic", "p-value", "critical value 5%", "d(level)(-1)",
                "d(d(level))(-2)", "const");
    }

    @ParameterizedTest
    @CsvSource({"-3.515, 0.0076", "-3.400, 0.0110", "-3.647, 0.0049", "-4.703, 0.0001"})
    void printedStatisticsOfThePapersTable2(String statistic, String printed) throws IOException {
        Run r = run("adf", "--statistic", statistic, "--nobs", "12", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(String.format(Locale.ROOT, "%.4f", r.json().get("p_value").asDouble())).isEqualTo(printed);
        assertThat(r.json().get("critical_values").get("5%").asDouble()).isLessThan(-2.86);
    }

    @ParameterizedTest
    @CsvSource({"1e300, 'at 1990', 'rescale the series'", "1e400, 'line 2', 'beyond the largest number'"})
    void valuesTooLargeAreNamedWithTheirPlaceNotShownAsNa(String scale, String where, String why,
            @TempDir Path dir) throws IOException {
        java.util.Random rnd = new java.util.Random(11);
        StringBuilder sb = new StringBuilder("year,x\n");
        double v = 1;
        for (int i = 0; i < 30; i++) {
            v += Math.abs(rnd.nextGaussian());
            sb.append(1990 + i).append(',').append(String.format(Locale.ROOT, "%.4f", v)).append(scale.substring(1))
                    .append('\n');
        }
        Path f = dir.resolve("big.csv");
        Files.writeString(f, sb.toString());
        Run r = run("adf", "--data", f.toString(), "--column", "x");
        assertThat(r.status()).isNotZero();
        assertThat(r.out()).doesNotContain("NA");
        assertThat(r.err()).contains("\"x\"").contains(why).contains(where);
    }

    @Test
    void badUsageExitsWithTwoAndOneLine(@TempDir Path dir) throws IOException {
        String f = sampleFile(dir).toString();
        Run both = run("adf", "--data", f, "--column", "y", "--lags", "1", "--autolag", "aic");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err().strip()).doesNotContain("\n").contains("not both");
        Run trend = run("adf", "--data", f, "--column", "y", "--trend", "q");
        assertThat(trend.status()).isEqualTo(2);
        assertThat(trend.err()).contains("--trend");
        Run unknown = run("adf", "--data", f, "--column", "y", "--lag", "1");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lag");
        Run column = run("adf", "--data", f, "--column", "nope");
        assertThat(column.status()).isEqualTo(2);
        assertThat(column.err()).contains("nope");
        Run tooMany = run("adf", "--data", f, "--column", "y", "--lags", "70");
        assertThat(tooMany.status()).isEqualTo(2);
        assertThat(tooMany.err()).contains("too large");
    }

    @Test
    void findDiffStopsAtTheFirstStationaryDifference(@TempDir Path dir) throws IOException {
        // level is the running sum of a stationary AR(1): I(1), so d = 1.
        Run r = run("adf", "--data", sampleFile(dir).toString(), "--column", "level", "--find-diff", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("diff").asInt()).isEqualTo(1);
        assertThat(j.get("tried")).hasSize(2);
        assertThat(j.get("tried").get(0).get("p_value").asDouble()).isGreaterThan(0.05);
        assertThat(j.get("tried").get(1).get("tested").asText()).isEqualTo("d(level)");
        Run text = run("adf", "--data", sampleFile(dir).toString(), "--column", "level", "--find-diff");
        assertThat(text.out()).contains("d = 1");
        Run both = run("adf", "--data", sampleFile(dir).toString(), "--column", "level", "--find-diff",
                "--diff", "1");
        assertThat(both.status()).isEqualTo(2);
    }
}
