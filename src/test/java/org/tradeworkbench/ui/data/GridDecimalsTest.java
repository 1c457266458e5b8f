package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The decimals chosen in Preferences replace each series' own choice in the grid, and back. */
class GridDecimalsTest {
    @Test
    void chosenDecimalsApplyToEverySeriesAndAutomaticRestoresTheirOwn() {
        WorkbenchModel model = new WorkbenchModel();
        model.load(new Dataset("demo", new TimeIndex(Period.annual(2000), 3), List.of(
                Series.of("share", 4.856359, 4.62624, Double.NaN),
                Series.of("count", 8688, 11114, 12102))), null);
        DataGridViewModel grid = new DataGridViewModel(model, new RecordingNotifier());
        assertThat(grid.cellText("share", 0)).isEqualTo("4.85636");
        assertThat(grid.cellText("count", 0)).isEqualTo("8688");

        grid.decimalsOverrideProperty().set(2);
        assertThat(grid.cellText("share", 0)).isEqualTo("4.86");
        assertThat(grid.cellText("count", 0)).isEqualTo("8688.00");
        assertThat(grid.cellText("share", 2)).isEqualTo("NA");
        assertThat(grid.columnsProperty().get()).extracting(DataGridViewModel.Column::decimals).containsOnly(2);

        grid.decimalsOverrideProperty().set(-1);
        assertThat(grid.cellText("share", 1)).isEqualTo("4.62624");
        assertThat(grid.cellText("count", 1)).isEqualTo("11114");
    }
}
