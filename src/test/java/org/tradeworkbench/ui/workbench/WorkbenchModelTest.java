package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

class WorkbenchModelTest {

    static Dataset sample() {
        return new Dataset("demo", new TimeIndex(Period.annual(2000), 5), List.of(
                Series.of("x", 1, 2, 3, 4, 5),
                Series.of("y", 10, Double.NaN, 30, 40, 50)));
    }

    @Test
    void loadIsCleanAndNotUndoable() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        assertThat(m.isDirty()).isFalse();
        assertThat(m.undoManager().canUndoProperty().get()).isFalse();
        assertThat(m.selectedVariables()).containsExactly("x");
    }

    @Test
    void loadChecksTheGeneratedSeriesWhenThereAreAny() throws Exception {
        WorkbenchModel m = new WorkbenchModel();
        m.load(org.tradeworkbench.core.paper.PaperData.withPaperVariables(
                org.tradeworkbench.core.paper.PaperData.bundledSample()), null);
        assertThat(m.selectedVariables()).contains("PATENT", "FDIGDP").doesNotContain("lny", "RATIO");
    }

    @Test
    void cellEditUndoRedoAndDirtyFlag() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.editCell("y", 1, 20);
        assertThat(m.dataset().get("y").get(1)).isEqualTo(20);
        assertThat(m.isDirty()).isTrue();
        assertThat(m.undoManager().undoNameProperty().get()).isEqualTo("Edit y 2001");
        assertThat(m.undo()).isEqualTo("Edit y 2001");
        assertThat(m.dataset().get("y").get(1)).isNaN();
        assertThat(m.isDirty()).as("back at the loaded state").isFalse();
        assertThat(m.redo()).isEqualTo("Edit y 2001");
        assertThat(m.dataset().get("y").get(1)).isEqualTo(20);
        assertThat(m.isDirty()).isTrue();
        assertThat(m.redo()).isNull();
    }

    @Test
    void newEditClearsRedo() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.editCell("x", 0, 9);
        m.undo();
        m.editCell("x", 1, 8);
        assertThat(m.undoManager().canRedoProperty().get()).isFalse();
        assertThat(m.undoManager().undoSize()).isEqualTo(1);
    }

    @Test
    void generatedSeriesFollowEditsAndBlockDeletingTheirInputs() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        assertThat(m.addGenerated("z = x * 2")).isEqualTo("z");
        assertThat(m.dataset().get("z").values()).containsExactly(2, 4, 6, 8, 10);
        assertThat(m.selectedVariables()).contains("z");
        m.editCell("x", 4, 100);
        assertThat(m.dataset().get("z").get(4)).isEqualTo(200);
        assertThatThrownBy(() -> m.deleteSeries(List.of("x"))).isInstanceOf(DataException.class)
                .hasMessageContaining("z = x * 2");
        assertThatThrownBy(() -> m.renameSeries("x", "w")).isInstanceOf(DataException.class);
        m.deleteSeries(List.of("z", "x"));
        assertThat(m.dataset().seriesNames()).containsExactly("y");
        m.undo();
        assertThat(m.dataset().seriesNames()).containsExactly("x", "y", "z");
    }

    @Test
    void badExpressionNamesThePosition() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        assertThatThrownBy(() -> m.addGenerated("z = x + * 2")).isInstanceOf(DataException.class)
                .hasMessageContaining("at 5");
        assertThat(m.undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void renameKeepsTheCheckAndIsUndoable() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.renameSeries("x", "exports");
        assertThat(m.dataset().seriesNames()).containsExactly("exports", "y");
        assertThat(m.selectedVariables()).containsExactly("exports");
        m.undo();
        assertThat(m.dataset().seriesNames()).containsExactly("x", "y");
        assertThat(m.selectedVariables()).containsExactly("x");
    }

    @Test
    void sampleRangeSlicesAndRecomputesGeneratedSeries() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.addGenerated("dx = d(x)");
        m.setSample(Period.annual(2002), Period.annual(2004));
        Dataset s = m.sampleDataset();
        assertThat(s.rowCount()).isEqualTo(3);
        assertThat(s.index().start()).isEqualTo(Period.annual(2002));
        // As on the command line: the difference starts missing at the sample's first period.
        assertThat(s.get("dx").get(0)).isNaN();
        assertThat(s.get("dx").get(1)).isEqualTo(1);
        assertThat(m.sampleRows()).containsExactly(2, 4);
    }

    @Test
    void invalidSampleIsRefusedAndLeftUnchanged() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.setSample(Period.annual(2001), null);
        assertThatThrownBy(() -> m.setSample(Period.annual(2004), Period.annual(2002)))
                .hasMessageContaining("after it ends");
        assertThatThrownBy(() -> m.setSample(Period.annual(1990), null)).hasMessageContaining("outside the data");
        assertThat(m.sampleFromProperty().get()).isEqualTo(Period.annual(2001));
        assertThat(m.sampleToProperty().get()).isNull();
    }

    @Test
    void importAddsMergingOnPeriodOrReplaces() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        Dataset more = new Dataset("more", new TimeIndex(Period.annual(2003), 4),
                List.of(Series.of("w", 1, 2, 3, 4)));
        m.importData("Import more.csv", more, false);
        assertThat(m.dataset().seriesNames()).containsExactly("x", "y", "w");
        assertThat(m.dataset().index().end()).isEqualTo(Period.annual(2006));
        assertThat(m.dataset().get("x").get(6)).isNaN();
        m.undo();
        assertThat(m.dataset().seriesNames()).containsExactly("x", "y");
        m.importData("Open more.csv", more, true);
        assertThat(m.dataset().seriesNames()).containsExactly("w");
        assertThat(m.selectedVariables()).containsExactly("w");
    }

    @Test
    void selectionDropsNamesThatDisappear() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.selectedVariables().setAll("x", "y");
        m.deleteSeries(List.of("y"));
        assertThat(m.selectedVariables()).containsExactly("x");
    }

    @Test
    void markSavedClearsDirty() {
        WorkbenchModel m = new WorkbenchModel();
        m.load(sample(), null);
        m.editCell("x", 0, 5);
        m.markSaved(java.nio.file.Path.of("saved.csv"));
        assertThat(m.isDirty()).isFalse();
        m.undo();
        assertThat(m.isDirty()).isTrue();
    }
}
