package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.commandlog.CommandScript;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.script.ScriptInterpreter;
import org.tradeworkbench.core.script.ScriptSession;

class CliInterpreterTest {
    private static final String SCRIPT = """
            open --sample
            genr lx = log(cn_patent_apps_resident)
            smpl --from 1996 --to 2018
            adf --column lx
            kpss --column lx
            """;

    @TempDir
    Path dir;

    @Test
    void runScriptPrintsWhatTheInterpreterPrintsLineByLine() throws Exception {
        Path file = dir.resolve("s.tws");
        Files.writeString(file, SCRIPT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"run-script", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

        ScriptInterpreter interpreter = new CliInterpreter();
        ScriptSession session = new ScriptSession();
        StringBuilder lineByLine = new StringBuilder();
        for (CommandScript.Entry e : CommandScript.parse(SCRIPT, "s.tws")) {
            ScriptInterpreter.Outcome o = interpreter.execute(e.command(), session);
            assertThat(o.succeeded()).as(o.error()).isTrue();
            lineByLine.append("> ").append(e.command()).append(System.lineSeparator()).append(o.output());
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(lineByLine.toString()).contains("ADF");
        assertThat(session.data().seriesNames()).contains("lx");
    }

    @Test
    void aFailingLineSaysWhyAndKeepsTheData() {
        ScriptInterpreter interpreter = new CliInterpreter();
        ScriptSession session = new ScriptSession();
        interpreter.execute(CommandScript.parse("open --sample", "c").get(0).command(), session);
        Dataset before = session.data();
        ScriptInterpreter.Outcome o = interpreter.execute(
                CommandScript.parse("genr y = log(no_such_series)", "c").get(0).command(), session);
        assertThat(o.succeeded()).isFalse();
        assertThat(o.error()).contains("no_such_series").doesNotContain("Exception");
        assertThat(session.data()).isSameAs(before);
        assertThat(interpreter.commandNames()).contains("open", "genr", "smpl", "adf", "johansen");
    }
}
