package org.tradeworkbench.ui.main;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.importing.ImportPreviewViewModel;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The main window's view model without the FX toolkit: same-thread tasks, scripted import reviews. */
class MainViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<ImportPreviewViewModel> reviewed = new ArrayList<>();

    private MainViewModel vm(ImportReviewer reviewer) {
        return new MainViewModel(TestContexts.context(model, notifier), ImportBackend.standard(), p -> {
            reviewed.add(p);
            return reviewer.review(p);
        });
    }

    @Test
    void opensTheBundledSampleDataWithItsNameInTheTitle() {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        assertThat(notifier.errors()).isEmpty();
        assertThat(model.dataset().name()).isEqualTo("china_us_annual");
        assertThat(model.dataset().index().start()).isEqualTo(Period.annual(1995));
        assertThat(vm.titleProperty().get()).isEqualTo("china_us_annual - Trade Workbench");
        // The whole 1995-2019 frame is open; the sample is the paper's years (see PaperFrameAtStartTest).
        assertThat(model.dataset().index().end()).isEqualTo(Period.annual(2019));
        assertThat(vm.sampleTextProperty().get()).isEqualTo("Sample 2004 \u2013 2018 (15 obs. of 25)");
        vm.model().setPresample(org.tradeworkbench.core.data.Presample.USE);
        assertThat(vm.sampleTextProperty().get()).isEqualTo("Sample 2004 \u2013 2018 (15 obs. of 25, 9 presample)");
        vm.model().setPresample(org.tradeworkbench.core.data.Presample.CUT);
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void missingStartupDataLeavesAnEmptyWorkbenchWithAMessage() {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadStartupData("sample data", r -> {
            throw new org.tradeworkbench.core.data.DataException("The bundled sample data are not part of this build");
        }, null);
        assertThat(model.dataset().rowCount()).isZero();
        assertThat(notifier.lastError()).contains("not part of this build");
        assertThat(model.lastMessageProperty().get()).contains("not part of this build");
        assertThat(vm.titleProperty().get()).isEqualTo("no data - Trade Workbench");
    }

    @Test
    void droppedFilesGoThroughThePreviewAndMergeOnPeriod(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "year,tariff\n2018,3.1\n2019,3.2\n2020,7.5\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "year;freight\n2019;1,5\n2020;2,5\n");
        vm.importFiles(List.of(a, b), ImportMode.ADD);
        assertThat(notifier.errors()).isEmpty();
        assertThat(reviewed).hasSize(2);
        assertThat(reviewed.get(1).previewProperty().get().dialect().delimiter()).isEqualTo(';');
        assertThat(model.dataset().seriesNames()).contains("us_atp_exports_world_musd", "tariff", "freight");
        assertThat(model.dataset().index().end()).isEqualTo(Period.annual(2020));
        int r2020 = model.dataset().index().rowOf(Period.annual(2020)).getAsInt();
        assertThat(model.dataset().get("freight").get(r2020)).isEqualTo(2.5);
        assertThat(model.dataset().name()).isEqualTo("china_us_annual");
        // One drop, one undoable edit.
        assertThat(model.undoManager().undoSize()).isEqualTo(1);
        model.undo();
        assertThat(model.dataset().has("tariff")).isFalse();
    }

    @Test
    void overridesInThePreviewAreUsedForTheRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("odd.csv");
        Files.writeString(f, "year,value\n2001,5\n2002,-99\n2003,7\n");
        MainViewModel vm = vm(p -> {
            p.missingTokensProperty().set("NA -99");
            p.accept(ImportMode.REPLACE);
            return true;
        });
        vm.importFiles(List.of(f), ImportMode.ADD);
        assertThat(model.dataset().get("value").get(1)).isNaN();
        assertThat(model.sourceFileProperty().get()).isEqualTo(f);
    }

    @Test
    void replaceStartsOverAndCancelDoesNothing(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "quarter,gdp\n2001Q1,1\n2001Q2,2\n");
        MainViewModel cancelling = vm(p -> false);
        cancelling.importFiles(List.of(f), ImportMode.REPLACE);
        assertThat(model.dataset().name()).isEqualTo("china_us_annual");
        assertThat(model.lastMessageProperty().get()).isEqualTo("Import cancelled");
        vm.importFiles(List.of(f), ImportMode.REPLACE);
        assertThat(model.dataset().seriesNames()).containsExactly("gdp");
        assertThat(model.dataset().index().start()).isEqualTo(Period.quarterly(2001, 1));
        assertThat(vm.titleProperty().get()).startsWith("*");
    }

    @Test
    void openingOtherDataStartsOnTheirWholeRangeAndSaysTheOldSampleWasDropped(@TempDir Path dir)
            throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        assertThat(vm.sampleTextProperty().get()).startsWith("Sample 2004 \u2013 2018");
        Path f = dir.resolve("from2000.csv");
        StringBuilder csv = new StringBuilder("year,x\n");
        for (int y = 2000; y <= 2012; y++) {
            csv.append(y).append(',').append(y - 1990).append('\n');
        }
        Files.writeString(f, csv);
        vm.importFiles(List.of(f), ImportMode.REPLACE);
        assertThat(notifier.errors()).isEmpty();
        assertThat(vm.sampleTextProperty().get()).isEqualTo("Sample 2000 \u2013 2012 (13 obs.)");
        assertThat(model.sampleRange().isAll()).isTrue();
        assertThat(model.lastMessageProperty().get()).contains("sample reset to the whole of the new data, 2000")
                .contains("it was 2004");
        assertThat(notifier.infos()).anyMatch(m -> m.contains("2004") && m.contains("dropped"));
        // A replay gets the same sample: a script keeps its sample across an open unless told.
        assertThat(model.commandLog().entries().get(model.commandLog().size() - 1).toString())
                .isEqualTo("smpl --full");
    }

    @Test
    void addingDataKeepsTheSampleAndSaysSo(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        Path f = dir.resolve("tariff.csv");
        Files.writeString(f, "year,tariff\n2018,3.1\n2019,3.2\n");
        vm.importFiles(List.of(f), ImportMode.ADD);
        assertThat(vm.sampleTextProperty().get()).startsWith("Sample 2004 \u2013 2018");
        assertThat(model.lastMessageProperty().get()).contains("the sample 2004");
    }

    @Test
    void replacingUnsavedChangesAsksFirst(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        model.addGenerated("gx = 100*d(log(us_atp_exports_world_musd))");
        assertThat(model.isDirty()).isTrue();
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "quarter,gdp\n2001Q1,1\n2001Q2,2\n");
        List<String> asked = new ArrayList<>();
        vm.setDiscardConfirmation(() -> {
            asked.add("asked");
            return false;
        });
        vm.importFiles(List.of(f), ImportMode.REPLACE);
        assertThat(asked).hasSize(1);
        assertThat(model.dataset().has("gx")).isTrue();
        assertThat(model.lastMessageProperty().get()).contains("unsaved changes, which were kept");
        // Add does not throw the changes away, so it does not ask.
        vm.importFiles(List.of(f), ImportMode.ADD);
        assertThat(asked).hasSize(1);
        vm.setDiscardConfirmation(() -> {
            asked.add("asked");
            return true;
        });
        vm.importFiles(List.of(f), ImportMode.REPLACE);
        assertThat(asked).hasSize(2);
        assertThat(model.dataset().seriesNames()).containsExactly("gdp");
    }

    @Test
    void aBadFileIsReportedWithItsLocation(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        Path f = dir.resolve("bad.csv");
        StringBuilder csv = new StringBuilder("year,x\n");
        for (int y = 2001; y <= 2020; y++) {
            csv.append(y).append(',').append(y == 2005 ? "12,5O" : Integer.toString(y - 2000)).append('\n');
        }
        Files.writeString(f, csv.toString().replace("12,5O", "\"12,5O\""));
        vm.importFiles(List.of(f), ImportMode.ADD);
        assertThat(notifier.lastError()).contains("bad.csv").contains("line 6");
        assertThat(model.dataset().has("x")).isFalse();
        assertThat(model.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void pastedSpreadsheetRangeIsImported() {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        vm.pasteText("year\tpasted_x\n2000\t1.5\n2001\t2.5\n");
        assertThat(notifier.errors()).isEmpty();
        assertThat(reviewed.get(0).displayName()).isEqualTo("pasted data");
        assertThat(reviewed.get(0).previewProperty().get().dialect().delimiter()).isEqualTo('\t');
        assertThat(model.dataset().has("pasted_x")).isTrue();
        assertThat(model.dataset().name()).isEqualTo("china_us_annual");
    }

    @Test
    void emptyClipboardIsReported() {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.pasteText("  ");
        assertThat(notifier.infos()).last().asString().contains("clipboard holds no text");
        assertThat(notifier.errors()).isEmpty();
    }

    @Test
    void exportWritesWhatTheImporterReadsBack(@TempDir Path dir) {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        model.editCell("us_atp_exports_world_musd", 0, 1234.5);
        Path out = dir.resolve("out.csv");
        vm.exportCsv(out);
        var back = org.tradeworkbench.core.io.DataImporter.read(out, ImportOptions.defaults());
        assertThat(back.seriesNames()).isEqualTo(model.dataset().seriesNames());
        assertThat(back.get("us_atp_exports_world_musd").get(0)).isEqualTo(1234.5);
    }

    @Test
    void closingAsksOnlyWithUnsavedChanges() {
        MainViewModel vm = vm(ImportReviewer.acceptAll());
        vm.loadSampleData();
        assertThat(vm.closeNeedsConfirmation()).isFalse();
        model.editCell("us_atp_exports_world_musd", 0, 1);
        assertThat(vm.closeNeedsConfirmation()).isTrue();
        vm.undo();
        assertThat(vm.closeNeedsConfirmation()).isFalse();
    }
}
