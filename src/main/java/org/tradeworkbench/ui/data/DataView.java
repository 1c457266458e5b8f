package org.tradeworkbench.ui.data;

import org.tradeworkbench.ui.Fxml;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The Data tab: the sample range as two typed periods above the data grid, and whether the periods before its
 * start serve as presample values. Binds to a {@link DataGridViewModel}.
 * The range is typed rather than picked from a list, so a dataset of a million periods costs nothing here; a
 * period is applied on Enter or when the field loses focus, and one that is not in the data is refused with a
 * message and the field shows the sample again.
 */
public final class DataView {
    @FXML
    private BorderPane root;
    @FXML
    private TextField sampleFrom;
    @FXML
    private TextField sampleTo;
    @FXML
    private Button sampleAll;
    @FXML
    private CheckBox presample;
    @FXML
    private Label sizeLabel;

    private final DataGridViewModel vm;
    private DataGrid grid;

    private DataView(DataGridViewModel vm) {
        this.vm = vm;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        DataGridViewModel vm = new DataGridViewModel(ctx.model(), ctx.notifier());
        // The decimals chosen in Preferences (Edit ▸ Preferences…) apply to the grid at once.
        vm.decimalsOverrideProperty().bind(ctx.settings().decimalsProperty());
        return load(vm).root;
    }

    static DataView load(DataGridViewModel vm) {
        DataView view = new DataView(vm);
        Fxml.load(view, "DataView.fxml");
        return view;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(DataView.class.getResource("data.css").toExternalForm());
        grid = new DataGrid(vm);
        root.setCenter(grid);
        wire(sampleFrom, vm::setSampleFrom);
        wire(sampleTo, vm::setSampleTo);
        syncFromModel();
        vm.model().sampleFromProperty().addListener((o, a, b) -> syncFromModel());
        vm.model().sampleToProperty().addListener((o, a, b) -> syncFromModel());
        vm.model().datasetProperty().addListener((o, a, b) -> syncFromModel());
        sampleAll.setOnAction(e -> vm.resetSample());
        presample.setSelected(vm.usesPresample());
        vm.model().presampleProperty().addListener((o, a, b) -> presample.setSelected(vm.usesPresample()));
        presample.selectedProperty().addListener((o, a, now) -> vm.setUsesPresample(now));
        sizeLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.model().dataset();
            int[] rows = vm.model().sampleRows();
            if (rows == null) {
                return "";
            }
            String size = d.seriesNames().size() + " series \u00d7 " + d.rowCount() + " periods ("
                    + d.index().frequency().name().toLowerCase() + ")";
            int n = rows[1] - rows[0] + 1;
            // Says when the panels see only part of the rows (e.g. the paper's 2004-2018 at start).
            String presampled = vm.usesPresample() && rows[0] > 0 ? ", " + rows[0] + " presample periods" : "";
            return n == d.rowCount() ? size : size + ", sample " + d.index().label(rows[0]) + "\u2013"
                    + d.index().label(rows[1]) + " (" + n + presampled + ")";
        }, vm.model().datasetProperty(), vm.model().sampleFromProperty(), vm.model().sampleToProperty(),
                vm.model().presampleProperty()));
        // The sizes give way first when the tab is narrow; the whole text stays readable in the tooltip.
        javafx.scene.control.Tooltip sizeTip = new javafx.scene.control.Tooltip();
        sizeTip.textProperty().bind(sizeLabel.textProperty());
        sizeLabel.setTooltip(sizeTip);
    }

    /** Applies the typed period on Enter and on leaving the field; shows the model's range again when refused. */
    private void wire(TextField field, Function<String, Boolean> apply) {
        field.setOnAction(e -> commit(field, apply));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(field, apply);
            }
        });
        field.textProperty().addListener((o, a, b) -> field.getStyleClass().remove("invalid"));
    }

    private void commit(TextField field, Function<String, Boolean> apply) {
        String shown = shownText(field == sampleFrom);
        if (field.getText().trim().equals(shown)) {
            return;
        }
        if (apply.apply(field.getText())) {
            syncFromModel();
        } else {
            syncFromModel();
            field.getStyleClass().add("invalid");
        }
    }

    /** What a field shows for the model's range: the first or last period of the sample. */
    private String shownText(boolean start) {
        int[] rows = vm.model().sampleRows();
        if (rows == null) {
            return "";
        }
        return vm.dataset().index().label(start ? rows[0] : rows[1]);
    }

    /** Shows the model's range in the fields; "all" ends show the first or last period. */
    private void syncFromModel() {
        sampleFrom.setText(shownText(true));
        sampleTo.setText(shownText(false));
    }

    public DataGrid grid() {
        return grid;
    }
}
