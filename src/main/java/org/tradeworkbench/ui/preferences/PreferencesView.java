package org.tradeworkbench.ui.preferences;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tradeworkbench.ui.settings.Themes;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;
import org.tradeworkbench.ui.Fxml;

/**
 * The Preferences dialog (Edit ▸ Preferences…): binds {@link PreferencesViewModel} to its FXML and offers OK,
 * Apply and Cancel. OK and Apply write the settings, which the open window follows at once.
 */
public final class PreferencesView {
    /** The main window's stylesheet, for the looked-up colours of both themes. */
    private static final String WORKBENCH_CSS = "/org/tradeworkbench/ui/main/workbench.css";

    @FXML
    private VBox root;
    @FXML
    private ComboBox<Theme> theme;
    @FXML
    private CheckBox automaticDecimals;
    @FXML
    private Spinner<Integer> decimals;
    @FXML
    private Label decimalsExample;
    @FXML
    private ComboBox<Integer> exportScale;
    @FXML
    private TextField exportFolder;
    @FXML
    private Button chooseFolder;
    @FXML
    private Label folderProblem;
    @FXML
    private Label message;
    @FXML
    private PasswordField censusKey;

    private final PreferencesViewModel vm;

    private PreferencesView(PreferencesViewModel vm) {
        this.vm = vm;
    }

    public static PreferencesView load(PreferencesViewModel vm) {
        return Fxml.load(new PreferencesView(vm), "PreferencesView.fxml");
    }

    public VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        theme.getItems().setAll(vm.themes());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Theme fromString(String s) {
                throw new UnsupportedOperationException("the theme is chosen from the list");
            }
        });
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        automaticDecimals.selectedProperty().bindBidirectional(vm.automaticDecimalsProperty());
        decimals.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                UserPreferences.MAX_DECIMALS, vm.decimalsProperty().get()));
        decimals.setEditable(true);
        decimals.getValueFactory().valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.decimalsProperty().set(v);
            }
        });
        vm.decimalsProperty().addListener((o, a, v) -> decimals.getValueFactory().setValue(v.intValue()));
        decimals.disableProperty().bind(vm.automaticDecimalsProperty());
        decimalsExample.textProperty().bind(vm.decimalsExampleProperty());

        exportScale.getItems().setAll(vm.scales());
        exportScale.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s + "×");
            }
        });
        exportScale.setButtonCell(exportScale.getCellFactory().call(null));
        exportScale.valueProperty().bindBidirectional(vm.exportScaleProperty());

        exportFolder.textProperty().bindBidirectional(vm.exportFolderProperty());
        folderProblem.textProperty().bind(vm.folderProblemProperty());
        message.textProperty().bind(vm.messageProperty());
        censusKey.textProperty().bindBidirectional(vm.censusKeyProperty());
    }

    /** Shows the dialog over {@code owner} and waits for it to close. */
    public void showAndWait(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Preferences");
        d.setHeaderText(null);
        d.getDialogPane().getStylesheets().add(getClass().getResource(WORKBENCH_CSS).toExternalForm());
        d.getDialogPane().setId("preferencesDialog");
        d.getDialogPane().setContent(root);
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.APPLY);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, apply, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        ok.disableProperty().bind(Bindings.not(vm.validProperty()));
        applyButton.disableProperty().bind(Bindings.not(vm.validProperty()));
        // Apply keeps the dialog open; OK applies and closes; a refused apply keeps it open.
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            vm.apply();
            e.consume();
        });
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume();
            }
        });
        Themes.mark(d.getDialogPane());
        d.showAndWait();
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for exported figures and tables");
        File current = new File(vm.exportFolderProperty().get().trim());
        if (current.isDirectory()) {
            dc.setInitialDirectory(current);
        }
        File f = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            vm.exportFolderProperty().set(f.getAbsolutePath());
        }
    }

    @FXML
    private void restoreDefaults() {
        vm.restoreDefaults();
    }

    @FXML
    private void resetWindowLayout() {
        vm.resetWindowLayout();
    }
}
