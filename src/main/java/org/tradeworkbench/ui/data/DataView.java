package org.tradeworkbench.ui.data;

import org.tradeworkbench.ui.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/** The Data tab: sample range pickers above the data grid. Binds to a {@link DataGridViewModel}. */
public final class DataView {
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Period> sampleFrom;
    @FXML
    private ComboBox<Period> sampleTo;
    @FXML
    private Button sampleAll;
    @FXML
    private Label sizeLabel;

    private final DataGridViewModel vm;
    private DataGrid grid;
    private boolean syncing;

    private DataView(DataGridViewModel vm) {
        this.vm = vm;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        DataGridViewModel vm = new DataGridViewModel(ctx.model(), ctx.notifier());
        // The decimals chosen in Preferences (Edit ▸ Preferences…) apply to the grid at once.
        vm.decimalsOverrideProperty().bind(org.tradeworkbench.ui.preferences.AppSettings.get().decimalsProperty());
        return load(vm).root;
    }

    static DataView load(DataGridViewModel vm) {
        DataView view = new DataView(vm);
        Fxml.load(view, "DataView.fxml");
        return view;
    }

    @FXML
    private void initialize() {
        grid = new DataGrid(vm);
        root.setCenter(grid);
        StringConverter<Period> conv = new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : p.toString();
            }

            @Override
            public Period fromString(String s) {
                return null;
            }
        };
        for (ComboBox<Period> box : java.util.List.of(sampleFrom, sampleTo)) {
            box.getItems().setAll(vm.periods());
            box.setConverter(conv);
            box.setVisibleRowCount(16);
        }
        syncFromModel();
        vm.model().sampleFromProperty().addListener((o, a, b) -> syncFromModel());
        vm.model().sampleToProperty().addListener((o, a, b) -> syncFromModel());
        // New periods (an import widened the data) must not read as a user's choice of sample: the pickers
        // get their items and their values from the model in one step.
        vm.periods().addListener((javafx.collections.ListChangeListener<Period>) c -> {
            syncing = true;
            try {
                sampleFrom.getItems().setAll(vm.periods());
                sampleTo.getItems().setAll(vm.periods());
            } finally {
                syncing = false;
            }
            syncFromModel();
        });
        sampleFrom.valueProperty().addListener((o, a, b) -> {
            if (!syncing && !vm.setSampleFrom(b)) {
                syncFromModel();
            }
        });
        sampleTo.valueProperty().addListener((o, a, b) -> {
            if (!syncing && !vm.setSampleTo(b)) {
                syncFromModel();
            }
        });
        sampleAll.setOnAction(e -> vm.resetSample());
        sizeLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = vm.model().dataset();
            return d.rowCount() == 0 ? "" : d.seriesNames().size() + " series \u00d7 " + d.rowCount() + " periods ("
                    + d.index().frequency().name().toLowerCase() + ")";
        }, vm.model().datasetProperty()));
    }

    /** Shows the model's range in the pickers; "all" ends show the first or last period. */
    private void syncFromModel() {
        syncing = true;
        try {
            int[] rows = vm.model().sampleRows();
            if (rows == null) {
                sampleFrom.setValue(null);
                sampleTo.setValue(null);
            } else {
                sampleFrom.setValue(vm.dataset().index().period(rows[0]));
                sampleTo.setValue(vm.dataset().index().period(rows[1]));
            }
        } finally {
            syncing = false;
        }
    }

    public DataGrid grid() {
        return grid;
    }
}
