package org.tradeworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.cli.Cli;

/**
 * Degenerate data through every statistics command: a constant series, an all-missing one, values near 1e300 or
 * 1e-300, a series collinear with another, and too few observations for the lags. Each must be refused with a
 * message on one line naming the series (exit status 2), never a table with NaN, Infinity or NA in it. The methods
 * check is a report of what the data allow: it runs, and its tables say why no valid test can be run.
 */
class DegenerateDataCommandsTest {
    private static final int N = 20;
    private static Path dir;
    private static final List<String> TALLY = new ArrayList<>();

    /** A data file with a well-behaved series {@code z} and the degenerate series {@code v}. */
    enum Kind {
        CONSTANT(x -> 5.0),
        ALL_MISSING(x -> Double.NaN),
        HUGE(x -> x * 1e300),
        TINY(x -> x * 1e-300),
        COLLINEAR(x -> Double.NaN),
        SHORT(x -> x);

        final DoubleUnaryOperator make;

        Kind(DoubleUnaryOperator make) {
            this.make = make;
        }
    }

    /** Each command with {@code v} in the role the degenerate series takes. */
    private static final List<String> COMMANDS = List.of(
            "adf --column v",
            "adf --column v --lags 12",
            "kpss --column v",
            "ols --y v --x z",
            "ols --y z --x v",
            "granger --effect z --cause v --lags 1",
            "granger --effect v --cause z --lags 12",
            "causality --vars z,v --lags 1",
            "engle-granger --vars z,v",
            "engle-granger --vars v,z",
            "johansen --vars z,v",
            "johansen --vars z,v --lags 12",
            "phillips-ouliaris --vars z,v --demean constant",
            "phillips-ouliaris --vars v,z --type pz --demean trend --lag long",
            "ardl --vars v,z --maxlag 1",
            "ardl --vars z,v --maxlag 1",
            "ardl --vars z,v --maxlag 12",
            "varselect --vars z,v --maxlags 1",
            "varselect --vars z,v --maxlags 12",
            "var --vars z,v --lags 1",
            "var --vars z,v --lags 12",
            "irf --vars z,v --lags 1 --horizon 5",
            "fevd --vars z,v --lags 1 --horizon 5",
            "toda-yamamoto --vars z,v --lags 1",
            "toda-yamamoto --vars z,v --lags 12",
            "vecm --vars z,v --lags 1",
            "vecm --vars z,v --lags 12",
            "methods-check --vars z,v --lags 1",
            "methods-check --vars z,v --lags 12");

    @BeforeAll
    static void files() throws IOException {
        dir = Files.createTempDirectory("degenerate");
        Random rnd = new Random(20261206L);
        double[] z = new double[N];
        double[] w = new double[N];
        for (int i = 0; i < N; i++) {
            z[i] = (i == 0 ? 0 : z[i - 1]) + rnd.nextGaussian();
            w[i] = rnd.nextGaussian();
        }
        for (Kind k : Kind.values()) {
            StringBuilder sb = new StringBuilder("year,z,v\n");
            int rows = k == Kind.SHORT ? 6 : N;
            for (int i = 0; i < rows; i++) {
                double v = k == Kind.COLLINEAR ? 2 * z[i] - 1 : k.make.applyAsDouble(w[i]);
                sb.append(2000 + i).append(',').append(z[i]).append(',')
                        .append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.17g", v)).append('\n');
            }
            Files.writeString(dir.resolve(k.name().toLowerCase(Locale.ROOT) + ".csv"), sb.toString());
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (String c : COMMANDS) {
                boolean oneSeries = c.startsWith("adf") || c.startsWith("kpss");
                boolean fixedLongLags = c.contains(" 12");
                // A series collinear with z is a fine series alone; long lags are the degenerate case only on
                // their own file.
                if ((k == Kind.COLLINEAR && oneSeries) || (fixedLongLags != (k == Kind.SHORT))) {
                    continue;
                }
                out.add(Arguments.of(k, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void refusedWithAMessageNamingTheSeries(Kind kind, String command) {
        Path file = dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".csv");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--data");
        args.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        synchronized (TALLY) {
            TALLY.add(kind + " | " + command + " | " + status + " | " + message);
        }
        assertThat(stdout).as("results printed for %s on %s", command, kind)
                .doesNotContain("NaN").doesNotContain("Infinity").doesNotContainPattern("\\bInf\\b")
                .doesNotContainPattern("\\bNA\\b");
        if (command.startsWith("methods-check")) {
            // A report of what the data allow: it runs, and says in its tables why nothing valid can be run.
            assertThat(status).as("exit status of %s on %s (stderr: %s)", command, kind, message).isZero();
            assertThat(stdout).as("the report of %s on %s", command, kind).containsPattern(kind == Kind.SHORT
                    ? "too few observations|cannot carry" : "could not be determined|could not be run|no period|collinear");
            return;
        }
        assertThat(status).as("exit status of %s on %s (stdout: %s)", command, kind, stdout).isEqualTo(2);
        assertThat(message).as("message").isNotEmpty().doesNotContain("Exception").doesNotContain("\n")
                .containsPattern(kind == Kind.SHORT ? "lag|observation|too few|too short" : "\\bv\\b|\"v\"|v\\(");
    }

    @AfterAll
    static void writeTally() throws IOException {
        Path report = Path.of("target", "reliability", "degenerate.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, TALLY);
    }
}
