package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Data tab's and the variable list's view models, without the FX toolkit. */
class DataViewModelsTest {
    private final WorkbenchModel model = new WorkbenchModel();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private DataGridViewModel grid;
    private VariableListViewModel vars;

    @BeforeEach
    void load() {
        model.load(new Dataset("demo", new TimeIndex(Period.annual(2000), 4), List.of(
                Series.of("gdp", 734547898220.508, 863746717503.789, Double.NaN, 1.1e12),
                Series.of("share", 4.856359, 4.62624, 4.695307, Double.NaN),
                Series.of("count", 8688, 11114, 12102, 33645))), null);
        grid = new DataGridViewModel(model, notifier);
        vars = new VariableListViewModel(model, notifier);
    }

    @Test
    void numbersAtSensiblePrecisionAndMissingAsNA() {
        assertThat(grid.cellText("gdp", 0)).isEqualTo("734547898221");
        assertThat(grid.cellText("share", 0)).isEqualTo("4.85636");
        assertThat(grid.cellText("count", 1)).isEqualTo("11114");
        assertThat(grid.cellText("gdp", 2)).isEqualTo("NA");
        assertThat(grid.isMissing("gdp", 2)).isTrue();
        assertThat(grid.periodLabel(3)).isEqualTo("2003");
        assertThat(grid.columnsProperty().get()).extracting(DataGridViewModel.Column::name)
                .containsExactly("gdp", "share", "count");
    }

    @Test
    void cellEditIsValidatedAndUndoable() {
        assertThat(grid.commitEdit("share", 3, " 5.5 ")).isTrue();
        assertThat(model.dataset().get("share").get(3)).isEqualTo(5.5);
        assertThat(grid.commitEdit("share", 0, "NA")).isTrue();
        assertThat(model.dataset().get("share").get(0)).isNaN();
        assertThat(grid.commitEdit("share", 1, "4,7")).isFalse();
        assertThat(notifier.lastError()).isEqualTo("\"4,7\" is not a number (share, 2001); type a number such as"
                + " 12.5, or NA for a missing value");
        assertThat(model.dataset().get("share").get(1)).isEqualTo(4.62624);
        model.undo();
        model.undo();
        assertThat(model.dataset().get("share").get(0)).isEqualTo(4.856359);
        assertThat(model.dataset().get("share").get(3)).isNaN();
    }

    @Test
    void generatedSeriesAreMarkedAndNotEditable() {
        assertThat(vars.addGenerated("lcount = log(count)")).isTrue();
        DataGridViewModel.Column c = grid.columnsProperty().get().get(3);
        assertThat(c.generated()).isTrue();
        assertThat(c.expression()).isEqualTo("log(count)");
        assertThat(vars.rows().get(3).generated()).isTrue();
        assertThat(grid.commitEdit("lcount", 0, "1")).isFalse();
        assertThat(notifier.lastError()).contains("generated from \"log(count)\"");
    }

    @Test
    void badExpressionIsRefusedNamingThePosition() {
        assertThat(vars.addGenerated("z = count +* 2")).isFalse();
        assertThat(notifier.lastError()).contains("at 8");
        assertThat(vars.addGenerated("no equals sign")).isFalse();
        assertThat(notifier.lastError()).contains("name = expression");
    }

    @Test
    void variableRowsShowSpanAndMissing() {
        VariableRow gdp = vars.rows().get(0);
        assertThat(gdp.span()).isEqualTo("2000 \u2013 2003");
        assertThat(gdp.missing()).isEqualTo(1);
        VariableRow share = vars.rows().get(1);
        assertThat(share.span()).isEqualTo("2000 \u2013 2002");
        assertThat(share.detail()).isEqualTo("2000 \u2013 2002, 1 missing");
        grid.commitEdit("share", 3, "5");
        assertThat(vars.rows().get(1).missing()).isZero();
    }

    @Test
    void checksFollowDatasetOrderAndRenameAndDelete() {
        vars.setChecked("count", true);
        vars.setChecked("share", true);
        assertThat(vars.checked()).containsExactly("gdp", "share", "count");
        vars.setChecked("gdp", false);
        assertThat(vars.rename("share", "fdi_share")).isTrue();
        assertThat(vars.checked()).containsExactly("fdi_share", "count");
        assertThat(vars.rename("count", "gdp")).isFalse();
        assertThat(notifier.lastError()).contains("already exists");
        assertThat(vars.rename("count", " ")).isFalse();
        assertThat(vars.delete(List.of("fdi_share", "count"))).isTrue();
        assertThat(vars.rows()).extracting(VariableRow::name).containsExactly("gdp");
        assertThat(model.undoManager().undoNameProperty().get()).isEqualTo("Delete 2 series");
    }

    @Test
    void sampleRangeFromThePickers() {
        assertThat(grid.setSampleFrom(Period.annual(2001))).isTrue();
        assertThat(grid.inSample(0)).isFalse();
        assertThat(grid.inSample(1)).isTrue();
        assertThat(grid.setSampleTo(Period.annual(2000))).isFalse();
        assertThat(notifier.lastError()).contains("after it ends");
        assertThat(model.sampleRows()).containsExactly(1, 3);
        grid.resetSample();
        assertThat(model.sampleRows()).containsExactly(0, 3);
    }

    @Test
    void thePresampleBoxSetsTheConventionForEveryPanelAndLogsIt() {
        assertThat(grid.usesPresample()).isFalse();
        assertThat(grid.setSampleFrom(Period.annual(2002))).isTrue();
        grid.setUsesPresample(true);
        assertThat(model.presample()).isEqualTo(org.tradeworkbench.core.data.Presample.USE);
        assertThat(model.sampleRange().presample()).isEqualTo(org.tradeworkbench.core.data.Presample.USE);
        assertThat(model.sampleDataset().presampleRows()).isEqualTo(2);
        assertThat(model.commandLog().entries().get(model.commandLog().entries().size() - 1).toString())
                .isEqualTo("smpl --presample use");
        grid.setUsesPresample(false);
        assertThat(model.sampleDataset().usesPresample()).isFalse();
    }

    @Test
    void sampleRangeFromTypedPeriods() {
        assertThat(grid.setSampleFrom(" 2001 ")).isTrue();
        assertThat(model.sampleRows()).containsExactly(1, 3);
        assertThat(grid.setSampleTo("2001-03")).isFalse();
        assertThat(notifier.lastError()).contains("Sample end").contains("\"2001-03\" is not a period like the data's")
                .contains("annual data");
        assertThat(grid.setSampleTo("1990")).isFalse();
        assertThat(notifier.lastError()).contains("1990 is outside the data");
        assertThat(grid.setSampleTo("abc")).isFalse();
        assertThat(model.sampleRows()).containsExactly(1, 3);
        assertThat(grid.setSampleFrom("")).isTrue();
        assertThat(model.sampleRows()).containsExactly(0, 3);
    }
}
