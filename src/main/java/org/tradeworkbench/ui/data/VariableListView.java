package org.tradeworkbench.ui.data;

import org.tradeworkbench.ui.Fxml;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

/**
 * The variable list on the left of the main window: checkable series with their span and missing count, the
 * box to add a generated series, and rename and delete. Binds to a {@link VariableListViewModel}.
 */
public final class VariableListView {
    @FXML
    private VBox root;
    @FXML
    private CheckListView<VariableRow> list;
    @FXML
    private TextField definition;
    @FXML
    private Button addButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button deleteButton;

    private final VariableListViewModel vm;
    private boolean syncing;

    private VariableListView(VariableListViewModel vm) {
        this.vm = vm;
    }

    public static VariableListView load(VariableListViewModel vm) {
        VariableListView view = new VariableListView(vm);
        Fxml.load(view, "VariableListView.fxml");
        return view;
    }

    public VBox root() {
        return root;
    }

    public CheckListView<VariableRow> list() {
        return list;
    }

    @FXML
    private void initialize() {
        list.setItems(vm.rows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new VariableCell());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<VariableRow>) c -> {
            if (syncing) {
                return;
            }
            while (c.next()) {
                for (VariableRow r : c.getAddedSubList()) {
                    vm.setChecked(r.name(), true);
                }
                for (VariableRow r : c.getRemoved()) {
                    if (vm.rows().stream().anyMatch(x -> x.name().equals(r.name()))) {
                        vm.setChecked(r.name(), false);
                    }
                }
            }
        });
        vm.checked().addListener((ListChangeListener<String>) c -> syncChecks());
        vm.rows().addListener((ListChangeListener<VariableRow>) c -> syncChecks());
        syncChecks();

        addButton.setOnAction(e -> addGenerated());
        definition.setOnAction(e -> addGenerated());
        addButton.disableProperty().bind(definition.textProperty().isEmpty());
        renameButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        renameButton.setOnAction(e -> rename());
        deleteButton.setOnAction(e -> delete());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            } else if (e.getCode() == KeyCode.F2) {
                rename();
            }
        });
    }

    private void addGenerated() {
        if (vm.addGenerated(definition.getText())) {
            definition.clear();
        } else {
            definition.requestFocus();
        }
    }

    private void rename() {
        VariableRow r = list.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(r.name());
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Rename series");
        d.setHeaderText("New name for " + r.name());
        d.showAndWait().ifPresent(n -> vm.rename(r.name(), n));
    }

    private void delete() {
        List<String> names = new ArrayList<>();
        for (VariableRow r : list.getSelectionModel().getSelectedItems()) {
            names.add(r.name());
        }
        vm.delete(names);
    }

    /** Shows the shared selection as check marks. */
    private void syncChecks() {
        syncing = true;
        try {
            List<String> want = vm.checked();
            for (int i = 0; i < vm.rows().size(); i++) {
                boolean on = want.contains(vm.rows().get(i).name());
                if (on != list.getCheckModel().isChecked(i)) {
                    if (on) {
                        list.getCheckModel().check(i);
                    } else {
                        list.getCheckModel().clearCheck(i);
                    }
                }
                // When the rows are rebuilt the check model keeps its checked indices but makes a new, unticked
                // property per row, which the cells' boxes show: set it too, or a ticked variable looks unticked.
                javafx.beans.property.BooleanProperty shown = list.getItemBooleanProperty(vm.rows().get(i));
                if (shown != null && shown.get() != on) {
                    shown.set(on);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static final javafx.css.PseudoClass GENERATED = javafx.css.PseudoClass.getPseudoClass("generated");

    /** A check box, the name (marked when generated) and the span and missing count below it. */
    private final class VariableCell extends ListCell<VariableRow> {
        private final CheckMark box = new CheckMark();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final HBox graphic;
        /**
         * Made when the pointer first rests on the cell, then kept with its text replaced: a tooltip is a popup
         * window of its own, and a list shows a cell per variable at start.
         */
        private Tooltip tip;
        private javafx.beans.property.BooleanProperty bound;

        VariableCell() {
            name.getStyleClass().add("variable-name");
            detail.getStyleClass().add("variable-detail");
            VBox text = new VBox(1, name, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            graphic = new HBox(6, box, text);
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // Cells take the list's width (long names end in "..." instead of a sideways scroll bar).
            setPrefWidth(0);
            name.setMinWidth(0);
            detail.setMinWidth(0);
            text.setMinWidth(0);
            setOnMouseEntered(e -> {
                if (tip == null && getItem() != null) {
                    tip = new Tooltip();
                    tip.setText(tipText(getItem()));
                    setTooltip(tip);
                }
            });
        }

        private static String tipText(VariableRow item) {
            return item.name() + "\n" + item.detail();
        }

        /**
         * A rebuilt row equal to the one shown is still a new item, with a new check property in the list's check
         * model: the cell must bind its box to that one, or the box would show the old property (unticked) for a
         * ticked variable after any change of the data.
         */
        @Override
        protected boolean isItemChanged(VariableRow oldItem, VariableRow newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(VariableRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            // A pseudo-class, not a style class: switching it does not make the cell look its styles up again.
            pseudoClassStateChanged(GENERATED, !empty && item != null && item.generated());
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            name.setText(item.generated() ? "\u0192 " + item.name() : item.name());
            detail.setText(item.detail());
            bound = list.getItemBooleanProperty(item);
            if (bound != null) {
                box.selectedProperty().bindBidirectional(bound);
            }
            if (tip != null) {
                tip.setText(tipText(item));
                setTooltip(tip);
            }
            setText(null);
            setGraphic(graphic);
        }
    }
}
