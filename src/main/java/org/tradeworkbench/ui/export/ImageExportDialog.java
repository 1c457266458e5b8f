package org.tradeworkbench.ui.export;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.status.Severity;

/**
 * Asks for the image size: 1×, 2× or 3× the size on screen, or a chosen width and height in pixels. Layout in
 * {@code ImageExportDialog.fxml}.
 */
final class ImageExportDialog {
    @FXML
    private GridPane root;
    @FXML
    private ToggleGroup scales;
    @FXML
    private RadioButton scale1;
    @FXML
    private RadioButton scale2;
    @FXML
    private RadioButton scale3;
    @FXML
    private RadioButton custom;
    @FXML
    private TextField width;
    @FXML
    private TextField height;
    @FXML
    private Label error;

    private final SimpleStringProperty problem = new SimpleStringProperty("");

    ImageExportDialog() {
    }

    /** @param defaultScale the scale selected at first (the Preferences setting): 1, 2 or 3 */
    static Optional<ImageSize> ask(Window owner, ImageSize base, double defaultScale) {
        ImageExportDialog v = Fxml.load(new ImageExportDialog(), "ImageExportDialog.fxml");
        RadioButton[] choices = {v.scale1, v.scale2, v.scale3};
        for (int i = 0; i < 3; i++) {
            ImageSize s = base.withScale(i + 1);
            choices[i].setText((i + 1) + "×  (" + s.pixelWidth() + " × " + s.pixelHeight() + " px)");
            choices[i].setUserData(i + 1);
        }
        choices[defaultScaleIndex(defaultScale)].setSelected(true);
        v.width.setText(Integer.toString(base.pixelWidth()));
        v.height.setText(Integer.toString(base.pixelHeight()));
        v.width.disableProperty().bind(v.custom.selectedProperty().not());
        v.height.disableProperty().bind(v.custom.selectedProperty().not());
        MessageLabel.bind(v.error, v.problem, new SimpleObjectProperty<>(Severity.ERROR));

        Dialog<ImageSize> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export image");
        d.setHeaderText("Size of the PNG image");
        d.getDialogPane().setContent(v.root);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            String why = v.custom.isSelected() ? problemOf(v.width.getText(), v.height.getText()) : "";
            v.problem.set(why);
            return !why.isEmpty();
        }, v.custom.selectedProperty(), v.width.textProperty(), v.height.textProperty()));
        d.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            if (v.custom.isSelected()) {
                return customSize(v.width.getText(), v.height.getText());
            }
            return base.withScale((Integer) v.scales.getSelectedToggle().getUserData());
        });
        return d.showAndWait();
    }

    /** The dialog's content, as laid out by the FXML. */
    GridPane content() {
        return root;
    }

    /** Why the typed size cannot be used, or empty. */
    private static String problemOf(String w, String h) {
        try {
            customSize(w, h);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Which of the 1×, 2×, 3× choices is nearest the preferred scale. */
    static int defaultScaleIndex(double scale) {
        return (int) Math.max(0, Math.min(2, Math.round(scale) - 1));
    }

    /** A chosen size is laid out at that many logical pixels, at scale 1. */
    static ImageSize customSize(String w, String h) {
        try {
            return new ImageSize(Integer.parseInt(w.trim()), Integer.parseInt(h.trim()), 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("width and height must be whole numbers of pixels");
        }
    }
}
