package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --presample use} on the commands whose analyses take presample values, {@code smpl --presample} in a
 * script, and the refusals: a value other than cut or use, a command that does not use presample values.
 */
class PresampleCommandsTest {
    @TempDir
    static Path dir;
    static Path data;

    /** Annual 1980-2020: x a seeded random walk; z starts in 1985 and misses 2010. */
    @BeforeAll
    static void write() throws IOException {
        Random r = new Random(5);
        StringBuilder sb = new StringBuilder("year,x,y,z\n");
        double x = 0;
        double y = 0;
        for (int year = 1980; year <= 2020; year++) {
            x += r.nextGaussian();
            y = 0.5 * y + 0.3 * x + r.nextGaussian();
            String z = year < 1985 || year == 2010 ? "" : String.format(Locale.ROOT, "%.6f", r.nextGaussian());
            sb.append(year).append(',').append(String.format(Locale.ROOT, "%.6f,%.6f,", x, y)).append(z).append('\n');
        }
        data = dir.resolve("walks.csv");
        Files.writeString(data, sb.toString());
    }

    private static JsonNode ok(String... args) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r.json();
    }

    private static void refused(String error, String... args) {
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(error);
    }

    @Test
    void adfWithPresampleStartsAtTheSampleStart() throws IOException {
        JsonNode cut = ok("adf", "--data", data.toString(), "--column", "x", "--lags", "2", "--from", "1990",
                "--to", "2005", "--json");
        assertThat(cut.get("sample_start").asText()).isEqualTo("1993");
        JsonNode use = ok("adf", "--data", data.toString(), "--column", "x", "--lags", "2", "--from", "1990",
                "--to", "2005", "--presample", "use", "--json");
        assertThat(use.get("sample_start").asText()).isEqualTo("1990");
        assertThat(use.get("nobs").asInt()).isEqualTo(16);
    }

    @Test
    void aGapBeforeTheSampleEndsThePresampleAndTheLossIsSaid() {
        AdfCommandTest.Run r = AdfCommandTest.run("adf", "--data", data.toString(), "--column", "z", "--lags", "1",
                "--from", "2011", "--to", "2020", "--presample", "use");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("z: 2 observations of the sample lost to lags and differences: the test "
                + "regression starts at 2013, the sample at 2011 (there is no value of z before 2011)");
        AdfCommandTest.Run json = AdfCommandTest.run("pp", "--data", data.toString(), "--column", "z", "--from",
                "2011", "--to", "2020", "--presample", "use", "--json");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"presample_note\"").contains("the test regression starts at 2012");
    }

    @Test
    void theOtherUnitRootTestsTakeTheOption() throws IOException {
        JsonNode pp = ok("pp", "--data", data.toString(), "--column", "x", "--from", "1990", "--to", "2005",
                "--presample", "use", "--json");
        // 16 years: the lagged level of 1990 is 1989's value (cut, the regression would have 15).
        assertThat(pp.get("nobs").asInt()).isEqualTo(16);
        // The difference of 1990 uses 1989: 16 differences (cut, 15).
        JsonNode kpss = ok("kpss", "--data", data.toString(), "--column", "x", "--diff", "1", "--from", "1990",
                "--to", "2005", "--presample", "use", "--json");
        assertThat(kpss.get("nobs").asInt()).isEqualTo(16);
    }

    @Test
    void refusals() {
        refused("--presample takes cut or use, got \"keep\"", "adf", "--data", data.toString(), "--column", "x",
                "--lags", "1", "--presample", "keep");
        refused("presample", "johansen", "--data", data.toString(), "--vars", "x,y", "--presample", "use");
    }

    @Test
    void smplSetsThePresampleForTheNextCommands() throws Exception {
        Path f = Files.writeString(dir.resolve("p.tws"), "open " + data + "\nsmpl --from 1990 --to 2005 --presample use\n"
                + "adf --column x --lags 2 --json\n");
        AdfCommandTest.Run r = AdfCommandTest.run("run-script", f.toString(), "--quiet");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"sample_start\" : \"1990\"");
    }
}
