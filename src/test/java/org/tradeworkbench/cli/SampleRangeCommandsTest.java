package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeworkbench.cli.WalksData.ok;
import static org.tradeworkbench.cli.WalksData.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every analysis command takes --from/--to, trims the leading and trailing missing values of its series and
 * refuses a gap inside the sample with exit status 2 and one line naming the first missing period.
 */
class SampleRangeCommandsTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void write() throws IOException {
        data = WalksData.write(dir, 11);
    }

    @Test
    void adfAndKpssUseTheRange() throws IOException {
        JsonNode adf = ok("adf", "--data", data.toString(), "--column", "x", "--lags", "1", "--from", "1990",
                "--to", "2005", "--json");
        // 16 values, one lost to the difference and one to the lag.
        assertThat(adf.get("nobs").asInt()).isEqualTo(14);
        assertThat(adf.get("sample_start").asText()).isEqualTo("1992");
        assertThat(adf.get("sample_end").asText()).isEqualTo("2005");
        JsonNode kpss = ok("kpss", "--data", data.toString(), "--column", "x", "--lags", "2", "--from", "1990",
                "--to", "2005", "--json");
        assertThat(kpss.get("nobs").asInt()).isEqualTo(16);
        assertThat(kpss.get("sample_start").asText()).isEqualTo("1990");
        assertThat(kpss.get("sample_end").asText()).isEqualTo("2005");
    }

    @Test
    void olsGrangerAndCausalityUseTheRange() throws IOException {
        JsonNode ols = ok("ols", "--data", data.toString(), "--y", "y", "--x", "x", "--from", "1990", "--to", "2005",
                "--json");
        assertThat(ols.get("nobs").asInt()).isEqualTo(16);
        assertThat(ols.get("sample_start").asText()).isEqualTo("1990");
        assertThat(ols.get("sample_end").asText()).isEqualTo("2005");
        JsonNode granger = ok("granger", "--data", data.toString(), "--cause", "x", "--effect", "y", "--lags", "2",
                "--from", "1990", "--to", "2005", "--json");
        assertThat(granger.get("nobs").asInt()).isEqualTo(14);
        assertThat(granger.get("sample_start").asText()).isEqualTo("1992");
        assertThat(granger.get("reverse").get("sample_end").asText()).isEqualTo("2005");
        JsonNode causality = ok("causality", "--data", data.toString(), "--vars", "x,y", "--lags", "1",
                "--from", "1990", "--to", "2005", "--json");
        assertThat(causality.get("tests")).hasSize(2);
        for (JsonNode t : causality.get("tests")) {
            assertThat(t.get("nobs").asInt()).isEqualTo(15);
            assertThat(t.get("sample_start").asText()).isEqualTo("1991");
            assertThat(t.get("sample_end").asText()).isEqualTo("2005");
        }
    }

    @Test
    void leadingMissingValuesAreTrimmed() throws IOException {
        JsonNode kpss = ok("kpss", "--data", data.toString(), "--column", "z", "--lags", "1", "--to", "2009",
                "--json");
        assertThat(kpss.get("sample_start").asText()).isEqualTo("1985");
        assertThat(kpss.get("nobs").asInt()).isEqualTo(25);
        JsonNode granger = ok("granger", "--data", data.toString(), "--cause", "z", "--effect", "x", "--lags", "1",
                "--to", "2009", "--json");
        assertThat(granger.get("sample_start").asText()).isEqualTo("1986");
        assertThat(granger.get("nobs").asInt()).isEqualTo(24);
    }

    @Test
    void aGapInsideTheSampleNamesItsPeriod() throws IOException {
        String gap = "\"z\" is missing at 2010";
        refused(gap, "adf", "--data", data.toString(), "--column", "z", "--lags", "0");
        refused(gap, "kpss", "--data", data.toString(), "--column", "z");
        refused(gap, "granger", "--data", data.toString(), "--cause", "z", "--effect", "x", "--lags", "1");
        refused(gap, "causality", "--data", data.toString(), "--vars", "x,z", "--lags", "1");
        // Past the gap the same series is fine.
        ok("adf", "--data", data.toString(), "--column", "z", "--lags", "0", "--from", "2011", "--json");
    }
}
