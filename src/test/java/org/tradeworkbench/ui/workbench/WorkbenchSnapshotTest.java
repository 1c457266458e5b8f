package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/** A session saved as a workbench file and opened into a fresh session comes back the same. */
class WorkbenchSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void theTimeIndexChosenAtImportIsKeptWithTheSeriesAndTheSource() throws Exception {
        // R's stackloss (first three rows) with observation numbers, imported with no time column.
        Path csv = dir.resolve("obs.csv");
        Files.writeString(csv, "obs,air,loss\n1,80,42\n2,80,37\n3,75,37\n");
        org.tradeworkbench.core.io.ImportOptions none = org.tradeworkbench.core.io.ImportOptions.defaults()
                .withoutTimeColumn();
        WorkbenchModel model = new WorkbenchModel();
        model.load(org.tradeworkbench.core.io.DataImporter.read(csv, none), csv,
                List.of(org.tradeworkbench.core.commandlog.DataCommands.open(csv, none)));
        Path f = dir.resolve("obs" + WorkbenchFile.EXTENSION);
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, null), f);
        WorkbenchFile wb = WorkbenchStore.open(f);
        assertThat(wb.sources()).hasSize(1);
        assertThat(wb.sources().get(0).settings()).containsExactly(java.util.Map.entry("no-time-column", "true"));
        WorkbenchModel other = new WorkbenchModel();
        WorkbenchSnapshot.restore(other, wb, f);
        assertThat(other.dataset().seriesNames()).containsExactly("obs", "air", "loss");

        org.tradeworkbench.core.io.ImportOptions byName = org.tradeworkbench.core.io.ImportOptions.defaults()
                .withTimeColumn("obs");
        model.load(org.tradeworkbench.core.io.DataImporter.read(csv, byName), csv,
                List.of(org.tradeworkbench.core.commandlog.DataCommands.open(csv, byName)));
        assertThat(WorkbenchSnapshot.capture(model, null).sources().get(0).settings())
                .containsExactly(java.util.Map.entry("time-column", "obs"));
        assertThat(model.dataset().seriesNames()).containsExactly("air", "loss");
    }

    @Test
    void sessionRoundTripsThroughAWorkbenchFile() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        model.addGenerated("PATENT = cn_patent_apps_resident + cn_patent_apps_nonresident");
        int row = model.dataset().index().rowOf(Period.annual(2010)).getAsInt();
        model.editCell("cn_patent_apps_resident", row, 123456.0);
        model.setSample(Period.annual(2004), Period.annual(2018));
        model.selectedVariables().setAll("PATENT", "us_goods_exports_china_musd");
        CommandLogs.of(model).append(CommandLine.of("adf", "--column", "d(log(PATENT))", "--lags", "0"));

        Path f = dir.resolve("s" + WorkbenchFile.EXTENSION);
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, "stationarity"), f);
        WorkbenchFile wb = WorkbenchStore.open(f);
        assertThat(wb.view()).containsEntry("tab", "stationarity");

        WorkbenchModel other = new WorkbenchModel();
        WorkbenchSnapshot.restore(other, wb, f);
        Dataset a = model.dataset();
        Dataset b = other.dataset();
        assertThat(b.series()).containsExactlyElementsOf(a.series());
        assertThat(b.get("PATENT").get(row)).isEqualTo(a.get("PATENT").get(row));
        assertThat(b.get("cn_patent_apps_resident").get(row)).isEqualTo(123456.0);
        assertThat(other.sampleFromProperty().get()).isEqualTo(Period.annual(2004));
        assertThat(other.sampleToProperty().get()).isEqualTo(Period.annual(2018));
        assertThat(other.sampleDataset().series()).containsExactlyElementsOf(model.sampleDataset().series());
        assertThat(other.selectedVariables()).containsExactly("PATENT", "us_goods_exports_china_musd");
        assertThat(CommandLogs.of(other).entries()).isEqualTo(CommandLogs.of(model).entries());
        assertThat(other.isDirty()).isFalse();
        assertThat(other.sourceFileProperty().get()).isEqualTo(f);
        // Saving the reopened session writes the same content.
        assertThat(WorkbenchSnapshot.capture(other, "stationarity").dataset().series())
                .isEqualTo(wb.dataset().series());
        assertThat(List.of(WorkbenchSnapshot.capture(other, "stationarity").sources()))
                .isEqualTo(List.of(wb.sources()));
    }

    @Test
    void thePresampleSettingIsSavedAndAnOlderFileMeansCut() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(PaperData.bundledSample(), null);
        model.setSample(Period.annual(2005), Period.annual(2018));
        model.setPresample(Presample.USE);
        assertThat(model.sampleDataset().presampleRows()).isEqualTo(10);
        Path f = dir.resolve("p" + WorkbenchFile.EXTENSION);
        WorkbenchStore.save(WorkbenchSnapshot.capture(model, "data"), f);
        assertThat(Files.readString(f)).contains("\"presample\" : \"use\"");
        WorkbenchModel other = new WorkbenchModel();
        WorkbenchSnapshot.restore(other, WorkbenchStore.open(f), f);
        assertThat(other.presample()).isEqualTo(Presample.USE);
        assertThat(other.sampleDataset().presampleRows()).isEqualTo(10);

        // A file written before the setting existed has no presample member: the data are cut.
        Files.writeString(f, Files.readString(f).replace("\"presample\" : \"use\"", "\"x\" : null"));
        WorkbenchFile old = WorkbenchStore.open(f);
        assertThat(old.presample()).isEqualTo(Presample.CUT);
        WorkbenchModel third = new WorkbenchModel();
        WorkbenchSnapshot.restore(third, old, f);
        assertThat(third.presample()).isEqualTo(Presample.CUT);
        assertThat(third.sampleDataset().usesPresample()).isFalse();
    }
}
