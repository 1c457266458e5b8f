package org.tradeworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** A figure the data cannot feed says so as a hint, never as an error; a drawn figure has no message. */
class FiguresMessageSeverityTest {

    @Test
    void anEmptyFigureIsAHintAndADrawnOneHasNoMessage() {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        FiguresViewModel vm = new FiguresViewModel(model);
        // The bundled sample lacks the Census ATP trade by category that some of the paper's figures draw.
        PaperFigure empty = java.util.Arrays.stream(PaperFigure.values()).filter(f -> {
            vm.select(f);
            return vm.spec().isEmpty();
        }).findFirst().orElseThrow();
        vm.select(empty);
        assertThat(vm.spec().isEmpty()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo(vm.spec().emptyState().message());
        assertThat(vm.messageSeverityProperty().get()).isEqualTo(Severity.HINT);

        vm.selectGeneral();
        assertThat(vm.spec().isEmpty()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
    }
}
