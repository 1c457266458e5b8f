package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.stats.ols.Fixtures;

/**
 * {@code --index COLUMN|none}: a column the import takes for the time index (here {@code obs}, the observation
 * numbers, beside R's stackloss data) becomes a series with {@code --index none} and can be a regressor.
 */
class IndexOptionTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** stackloss with a first column obs = 1..21, as gretl and CsvExporter write undated data. */
    private Path stacklossWithObs() throws IOException {
        JsonNode c = Fixtures.cases(Fixtures.load("ols_sandwich_r.json")).get(0).get("columns");
        double[] air = Fixtures.doubles(c.get("air"));
        double[] loss = Fixtures.doubles(c.get("loss"));
        StringBuilder sb = new StringBuilder("obs,air,loss\n");
        for (int i = 0; i < air.length; i++) {
            sb.append(i + 1).append(',').append(air[i]).append(',').append(loss[i]).append('\n');
        }
        Path f = dir.resolve("stackloss_obs.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void obsIsTheIndexUnlessTheOptionSaysNone() throws IOException {
        String file = stacklossWithObs().toString();
        Run detected = cli("ols", "--data", file, "--y", "loss", "--x", "obs,air");
        assertThat(detected.status()).isEqualTo(2);
        assertThat(detected.err()).contains("obs");

        Run none = cli("ols", "--data", file, "--index", "none", "--y", "loss", "--x", "obs,air", "--json");
        assertThat(none.status()).as(none.err()).isZero();
        assertThat(none.out()).contains("\"name\" : \"obs\"").contains("\"nobs\" : 21");
        Run named = cli("ols", "--data", file, "--index", "obs", "--y", "loss", "--x", "air", "--json");
        assertThat(named.status()).as(named.err()).isZero();
        Run byNumber = cli("granger", "--data", file, "--index", "none", "--cause", "obs", "--effect", "loss",
                "--lags", "1");
        assertThat(byNumber.status()).as(byNumber.err()).isZero();
        assertThat(byNumber.out()).contains("obs does not Granger-cause loss");
    }

    @Test
    void anUnknownIndexColumnIsNamedAndNoneNeedsAFile() throws IOException {
        String file = stacklossWithObs().toString();
        Run r = cli("ols", "--data", file, "--index", "period", "--y", "loss", "--x", "air");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("there is no column \"period\"").contains("obs, air, loss");
        Run blank = cli("ols", "--data", file, "--index", " ", "--y", "loss", "--x", "air");
        assertThat(blank.status()).isEqualTo(2);
        assertThat(blank.err()).contains("--index takes a column name or number, or none");
        assertThat(List.of(DataOptions.index(java.util.Optional.of("None")).noTimeColumn(),
                DataOptions.index(java.util.Optional.of("2")).timeColumn().equals("2"))).containsOnly(true);
    }
}
