package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The grid on its own, headless: the pinned period column stays level with the data rows. */
class DataGridFxTest extends FxRobot {
    private final WorkbenchModel model = new WorkbenchModel();
    private DataView view;

    static Dataset quarterly(int rows, int startYear, int columns) {
        List<Series> s = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = i * 10 + c;
            }
            s.add(Series.of("series_with_a_long_name_" + c, v));
        }
        return new Dataset("big", new TimeIndex(Period.quarterly(startYear, 1), rows), s);
    }

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            model.load(quarterly(4000, 1500, 12), null);
            view = DataView.load(new DataGridViewModel(model, new RecordingNotifier()));
            Scene scene = new Scene((javafx.scene.Parent) view.grid().getParent(), 900, 500);
            scene.getStylesheets().add(Objects.requireNonNull(
                    getClass().getResource("/org/tradeworkbench/ui/main/workbench.css")).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void assertLevel(int expectedFirst) {
        WaitForAsyncUtils.waitForFxEvents();
        DataGrid g = view.grid();
        int data = g.firstVisibleRow(g.dataTable());
        int period = g.firstVisibleRow(g.periodTable());
        // scrollTo may leave the row before partly visible on top.
        assertThat(data).isBetween(expectedFirst - 1, expectedFirst);
        assertThat(period).as("pinned period column").isEqualTo(data);
    }

    @Test
    void dataFillingAnEmptyGridShowTheColumnsInViewFirstAndTheRestAFrameLater() throws Exception {
        interact(() -> model.load(new Dataset("empty", TimeIndex.undated(0), List.of()), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.grid().dataTable().getColumns()).isEmpty();
        int[] atOnce = new int[1];
        interact(() -> {
            model.load(quarterly(40, 2000, 12), null);
            atOnce[0] = view.grid().dataTable().getColumns().size();
        });
        // 900 px hold four of the 12 columns of about 230 px (and part of a fifth).
        assertThat(atOnce[0]).isBetween(3, 6);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.grid().dataTable().getColumns().size() == 12);
        List<String> ids = new ArrayList<>();
        view.grid().dataTable().getColumns().forEach(c -> ids.add(c.getId()));
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            expected.add("col-series_with_a_long_name_" + c);
        }
        assertThat(ids).containsExactlyElementsOf(expected);

        // Data replaced before the rest arrived: only the new columns end up in the grid.
        interact(() -> {
            model.load(new Dataset("empty", TimeIndex.undated(0), List.of()), null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            model.load(quarterly(40, 2000, 12), null);
            model.load(quarterly(40, 2000, 2), null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.grid().dataTable().getColumns()).extracting(javafx.scene.control.TableColumn::getId)
                .containsExactly("col-series_with_a_long_name_0", "col-series_with_a_long_name_1");
    }

    @Test
    void periodColumnFollowsVerticalScrolling() {
        assertLevel(0);
        interact(() -> view.grid().dataTable().scrollTo(2500));
        assertLevel(2500);
        interact(() -> view.grid().dataTable().scrollTo(3990));
        WaitForAsyncUtils.waitForFxEvents();
        DataGrid g = view.grid();
        assertThat(g.firstVisibleRow(g.periodTable())).isEqualTo(g.firstVisibleRow(g.dataTable())).isGreaterThan(3900);
        // Scrolling the pinned column moves the data too.
        interact(() -> g.periodTable().scrollTo(100));
        assertLevel(100);
    }

    @Test
    void staysLevelWhenAnImportWidensTheData() {
        interact(() -> view.grid().dataTable().scrollTo(1000));
        assertLevel(1000);
        interact(() -> model.importData("Import", quarterly(100, 1400, 1), false));
        WaitForAsyncUtils.waitForFxEvents();
        // The data now start 400 quarters earlier (1400Q1); the same periods stay in view, level in both tables.
        assertLevel(1400);
        assertThat(model.sampleFromProperty().get()).as("widening the data does not set a sample").isNull();
        assertThat(model.sampleToProperty().get()).isNull();
    }

    @Test
    void cellsShowValuesMissingAndPeriods() {
        interact(() -> model.editCell("series_with_a_long_name_0", 0, Double.NaN));
        WaitForAsyncUtils.waitForFxEvents();
        var cells = lookup(".number-cell").queryAll();
        assertThat(cells).anyMatch(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("missing"))
                && "NA".equals(((javafx.scene.control.Labeled) n).getText()));
        assertThat(lookup(".period-table .table-cell").queryAll())
                .anyMatch(n -> "1500Q1".equals(((javafx.scene.control.Labeled) n).getText()));
    }

    @Test
    void openingOtherDataShowsItsPeriodsInRowsThatWereInView() {
        interact(() -> model.load(new Dataset("undated", TimeIndex.undated(5000), List.of(Series.of("x",
                new double[5000]))), null));
        WaitForAsyncUtils.waitForFxEvents();
        var shown = lookup(".period-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null && !t.isEmpty())
                .toList();
        assertThat(shown).isNotEmpty().contains("1").noneMatch(t -> t.contains("Q"));
    }
}
