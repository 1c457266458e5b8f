package org.tradeworkbench.core.io.atp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.core.paper.PaperVariables;

/** The import preview the app shows before reading a Census high-tech answer, then the read it leads to. */
class AtpImportPreviewTest {
    static final Path EXPORTS = Path.of("src/test/resources/fixtures/atp/SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json");

    @Test
    void previewThenReadWithTheDefaultOptions() {
        // The preview shows the series the import adds, and leaves the format to detection.
        ImportPreview p = DataImporter.preview(EXPORTS, ImportOptions.defaults(), 20);
        assertThat(p.options().format()).isEqualTo(ImportOptions.Format.AUTO);
        assertThat(p.columns()).startsWith("year").contains(PaperVariables.ATP_EXPORTS_CHINA);
        assertThat(p.rows()).hasSize(3);
        assertThat(p.rows().get(0).texts().get(0)).isEqualTo("2015");
        assertThat(p.notes().get(0)).startsWith("U.S. Census high-tech (ATP) answer");
        assertThat(String.join(" ", p.notes())).contains("partial year(s) 2017");
        Dataset d = DataImporter.read(EXPORTS, ImportOptions.defaults());
        assertThat(d.has(PaperVariables.ATP_EXPORTS_CHINA)).isTrue();
        assertThat(d.seriesNames()).hasSize(11);
    }
}
