package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.cli.WalksData.ok;
import static org.tradeworkbench.cli.WalksData.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @BeforeAll
    static void write() throws IOException {
        data = WalksData.write(dir, 5);
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
