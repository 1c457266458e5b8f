package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code help COMMAND} and {@code COMMAND --help} for every registered command. */
class CommandHelpTest {
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> names() {
        return CommandRegistry.all().stream().map(Command::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyRegisteredCommandHasHelp(String name) {
        Command c = CommandRegistry.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        assertThat(CommandHelp.summary(name)).as("summary of " + name).isNotBlank();
        Run help = run("help", name);
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith(name + ": " + CommandHelp.summary(name)).contains("Usage: " + c.usage());
        for (String option : CommandHelp.options(c.usage())) {
            assertThat(help.out()).contains("  " + option);
        }
        for (String flag : c.flags()) {
            if (c.usage().contains("--" + flag)) {
                assertThat(help.out()).contains("--" + flag + "   (a flag, no value)");
            }
        }
    }

    @Test
    void dashDashHelpAfterTheCommandPrintsTheSame() {
        assertThat(run("ols", "--help").out()).isEqualTo(run("help", "ols").out());
        assertThat(run("adf", "--data", "x.csv", "-h").out()).isEqualTo(run("help", "adf").out());
        assertThat(run("help", "ols").out()).contains("  --cov classical|hc0|hc1|hc2|hc3|hac|hac-parzen|hac-qs\n")
                .contains("  --hac-lags L\n");
    }

    @Test
    void anUnknownCommandIsNamed() {
        Run r = run("help", "olss");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command \"olss\"").contains("ols");
    }

    @Test
    void theListSaysHowToGetOneCommandsHelp() {
        assertThat(run("help").out()).contains("help COMMAND (or COMMAND --help)");
    }
}
