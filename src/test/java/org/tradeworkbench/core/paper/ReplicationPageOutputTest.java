package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/replication.md shows what {@code replicate --format markdown} prints on the
 * bundled sample today (its heading one level down, to sit inside the page).
 */
class ReplicationPageOutputTest {

    @Test
    void pageShowsTheCurrentOutput() throws Exception {
        String readme = Files.readString(Path.of("docs", "replication.md"), StandardCharsets.UTF_8);
        String report = Replication.run(PaperData.bundledSample()).toMarkdown();
        assertThat(report).startsWith("# ");
        String expected = "#" + report;
        int start = readme.indexOf("## Replication of Zhao");
        assertThat(start).as("docs/replication.md shows the replication output").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String shown = readme.substring(start, end < 0 ? readme.length() : end);
        assertThat(shown.strip()).as("docs/replication.md's replication output; regenerate it with "
                + "`java -jar target/trade-workbench.jar replicate --format markdown`").isEqualTo(expected.strip());
    }
}
