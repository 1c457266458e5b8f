package org.tradeworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

/** The import preview: a cell that would be refused or a file that cannot be read is an error. */
class ImportMessageSeverityTest {

    private static ImportPreviewViewModel open(Path f) {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(f, f.getFileName().toString(), ImportMode.ADD,
                ImportBackend.standard(), new SameThreadTaskRunner());
        vm.refresh();
        return vm;
    }

    @Test
    void aCleanFileHasNoMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.csv");
        Files.writeString(f, "year,x\n2001,1\n2002,2\n");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.HINT);
    }

    @Test
    void aRefusedCellIsAnError(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("year,x\n");
        for (int y = 2001; y <= 2020; y++) {
            csv.append(y).append(',').append(y == 2003 ? "1O" : "1").append('\n');
        }
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, csv.toString());
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.problemProperty().get()).contains("\"1O\" is not a number");
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aFileThatCannotBeReadIsAnError(@TempDir Path dir) {
        ImportPreviewViewModel vm = open(dir.resolve("gone.csv"));
        assertThat(vm.problemProperty().get()).isNotEmpty();
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(Severity.ERROR);
    }
}
