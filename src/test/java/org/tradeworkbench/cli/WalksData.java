package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The annual test file of the sample-range and presample command tests, and their two ways of running a command:
 * it succeeds (its JSON), or it is refused with exit status 2, nothing on stdout and one line naming the problem.
 */
final class WalksData {
    private WalksData() {
    }

    /** Annual 1980-2020 as {@code walks.csv} in {@code dir}: x a seeded random walk, y an AR(1) on x, z starting in
     * 1985 and missing in 2010. */
    static Path write(Path dir, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("year,x,y,z\n");
        double x = 0;
        double y = 0;
        for (int year = 1980; year <= 2020; year++) {
            x += r.nextGaussian();
            y = 0.5 * y + 0.3 * x + r.nextGaussian();
            String z = year < 1985 || year == 2010 ? "" : String.format(Locale.ROOT, "%.6f", r.nextGaussian());
            sb.append(year).append(',').append(String.format(Locale.ROOT, "%.6f,%.6f,", x, y)).append(z).append('\n');
        }
        Path data = dir.resolve("walks.csv");
        Files.writeString(data, sb.toString());
        return data;
    }

    static JsonNode ok(String... args) throws IOException {
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r.json();
    }

    static void refused(String error, String... args) {
        AdfCommandTest.Run r = AdfCommandTest.run(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains(error);
    }
}
