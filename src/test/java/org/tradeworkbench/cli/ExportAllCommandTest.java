package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-all} headless: the figures and the replication report, every file the index links is there. */
class ExportAllCommandTest {

    @Test
    void exportsTheFiguresAndTheReplicationWithAnIndex(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("all");
        ReplicateCommandTest.Run r = ReplicateCommandTest.run("export-all", "--out", out.toString(), "--no-images");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("wrote ");
        String index = Files.readString(out.resolve("index.html"));
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(index);
        int files = 0;
        while (m.find()) {
            assertThat(Files.size(out.resolve(m.group(1)))).as(m.group(1)).isPositive();
            files++;
        }
        assertThat(files).isGreaterThan(10);
        assertThat(index).contains("<h2>Replication</h2>").contains("Figures without data");
        assertThat(Files.readString(out.resolve("replication-table-1-statistical-description-of-variables-2004-2018.md")))
                .contains("PATENT");
    }

    @Test
    void needsTheFolder() {
        ReplicateCommandTest.Run r = ReplicateCommandTest.run("export-all");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("--out");
    }
}
