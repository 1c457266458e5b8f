package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpssCommandTest {

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("kpss", "--data", AdfCommandTest.sampleFile(dir).toString(),
                "--column", "y", "--lags", "legacy", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.has("statistic")).isTrue();
        assertThat(j.get("p_value").asDouble()).isBetween(0.01, 0.1);
        // Schwert's rule as statsmodels computes it: ceil(12 (120/100)^(1/4)) = 13.
        assertThat(j.get("lags").asInt()).isEqualTo(13);
        JsonNode cv = j.get("critical_values");
        assertThat(cv.get("10%").asDouble()).isEqualTo(0.347);
        assertThat(cv.get("5%").asDouble()).isEqualTo(0.463);
        assertThat(cv.get("2.5%").asDouble()).isEqualTo(0.574);
        assertThat(cv.get("1%").asDouble()).isEqualTo(0.739);
    }

    @Test
    void trendingLevelIsFlaggedBeyondTheTable(@TempDir Path dir) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("kpss", "--data", AdfCommandTest.sampleFile(dir).toString(),
                "--column", "level", "--trend", "c");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("KPSS statistic", "< 0.0100", "smaller than 0.01");
    }

    @Test
    void badLagsExitWithTwo(@TempDir Path dir) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run("kpss", "--data", AdfCommandTest.sampleFile(dir).toString(),
                "--column", "y", "--lags", "many");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--lags");
        AdfCommandTest.Run n = AdfCommandTest.run("kpss", "--data", AdfCommandTest.sampleFile(dir).toString(),
                "--column", "y", "--trend", "n");
        assertThat(n.status()).isEqualTo(2);
    }
}
