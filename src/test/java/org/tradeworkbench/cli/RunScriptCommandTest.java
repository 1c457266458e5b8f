package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunScriptCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void echoesEachCommandAndPrintsItsOutput() throws Exception {
        Path script = Files.writeString(dir.resolve("ok.tws"), "# comment\nhelp\n\nhelp\n");
        String[] r = run("run-script", script.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("> help\nUsage:");
        assertThat(r[1].split("> help\n", -1)).hasSize(3);
        assertThat(run("run-script", script.toString(), "--quiet")[1]).doesNotContain("> help");
    }

    @Test
    void stopsAtTheFirstFailingCommandAndNamesItsLine() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.tws"), "help\nno-such-command --x 1\nhelp\n");
        String[] r = run("run-script", script.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("bad.tws, line 2: no-such-command: unknown command \"no-such-command\"");
        assertThat(r[1].split("> help\n", -1)).hasSize(2);
    }

    @Test
    void keepGoingRunsEveryLineThenReportsTheFailures() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.tws"), "nope\nhelp\nnope2\n");
        String[] r = run("run-script", script.toString(), "--keep-going");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("Usage:");
        assertThat(r[2]).isEqualTo("bad.tws: 2 of 3 commands failed (lines 1, 3)\n");
    }

    @Test
    void refusesAScriptThatRunsItselfAndBadUsage() throws Exception {
        Path script = dir.resolve("loop.tws");
        Files.writeString(script, "run-script " + script + "\n");
        assertThat(run("run-script", script.toString())[2])
                .isEqualTo("loop.tws, line 1: run-script: loop.tws: the script runs itself (through run-script)\n");
        assertThat(run("run-script")[2]).startsWith("run-script: give the script file");
        assertThat(run("run-script", "a.tws", "b.tws")[2]).isEqualTo("run-script: unexpected argument \"b.tws\"\n");
        assertThat(run("run-script", dir.resolve("missing.tws").toString())[2])
                .isEqualTo("missing.tws: no such script file\n");
    }
}
