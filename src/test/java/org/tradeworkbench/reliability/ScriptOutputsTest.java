package org.tradeworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;

/**
 * A replayed script writes only inside the folder it may write to and replaces no file unless asked; a command
 * typed on the command line writes where it is told but never over an existing file without --overwrite.
 */
class ScriptOutputsTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), err.toString(StandardCharsets.UTF_8).trim()};
    }

    private Path script(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aScriptCannotWriteOutsideItsFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outside = dir.resolve("escaped.md");
        Path s = script("s.tws", "replicate --format markdown --out ../escaped.md");
        String[] r = run("run-script", "--quiet", "--out-dir", work.toString(), s.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("s.tws, line 1").contains("outside the folder").contains("--allow-outside");
        assertThat(outside).doesNotExist();

        Path abs = script("t.tws", "replicate --format markdown --out " + outside);
        assertThat(run("run-script", "--quiet", "--out-dir", work.toString(), abs.toString())[0]).isEqualTo("2");
        assertThat(outside).doesNotExist();

        assertThat(run("run-script", "--quiet", "--allow-outside", abs.toString())[0]).isEqualTo("0");
        assertThat(outside).exists();
    }

    @Test
    void inTheFolderItWritesButReplacesNothingSilently() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path s = script("s.tws", "replicate --format markdown --out report.md");
        assertThat(run("run-script", "--quiet", "--out-dir", work.toString(), s.toString())[0]).isEqualTo("0");
        Path report = work.resolve("report.md");
        assertThat(report).exists();
        Files.writeString(report, "mine");
        String[] again = run("run-script", "--quiet", "--out-dir", work.toString(), s.toString());
        assertThat(again[0]).isEqualTo("2");
        assertThat(again[1]).contains("exists already").contains("--overwrite");
        assertThat(Files.readString(report)).isEqualTo("mine");
        assertThat(run("run-script", "--quiet", "--overwrite", "--out-dir", work.toString(), s.toString())[0])
                .isEqualTo("0");
        assertThat(Files.readString(report)).startsWith("# Replication");
    }

    @Test
    void typedCommandsNeverOverwriteWithoutBeingAsked() throws Exception {
        Path report = Files.writeString(dir.resolve("r.md"), "mine");
        String[] r = run("replicate", "--format", "markdown", "--out", report.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("r.md").contains("exists already");
        assertThat(Files.readString(report)).isEqualTo("mine");
        assertThat(run("replicate", "--format", "markdown", "--out", report.toString(), "--overwrite")[0])
                .isEqualTo("0");
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("keep.txt"), "x");
        assertThat(run("export-all", "--out", folder.toString(), "--no-images")[1]).contains("is not empty");
    }

    @Test
    void noCommandRunsAProgram() {
        String[] r = run("run-script", "--quiet", "nonexistent.tws");
        assertThat(r[0]).isEqualTo("2");
        for (String name : new String[] {"shell", "system", "exec", "!", "sh"}) {
            assertThat(run(name, "ls")[1]).startsWith("unknown command");
        }
    }
}
