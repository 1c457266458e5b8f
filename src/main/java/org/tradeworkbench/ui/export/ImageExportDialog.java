package org.tradeworkbench.ui.export;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Asks for the image size: 1×, 2× or 3× the size on screen, or a chosen width and height in pixels. */
final class ImageExportDialog {
    private ImageExportDialog() {
    }

    /** @param defaultScale the scale selected at first (the Preferences setting): 1, 2 or 3 */
    static Optional<ImageSize> ask(Window owner, ImageSize base, double defaultScale) {
        Dialog<ImageSize> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export image");
        d.setHeaderText("Size of the PNG image");
        ToggleGroup g = new ToggleGroup();
        RadioButton[] scales = new RadioButton[3];
        for (int i = 0; i < 3; i++) {
            ImageSize s = base.withScale(i + 1);
            scales[i] = new RadioButton((i + 1) + "×  (" + s.pixelWidth() + " × " + s.pixelHeight() + " px)");
            scales[i].setToggleGroup(g);
            scales[i].setUserData(i + 1);
        }
        scales[defaultScaleIndex(defaultScale)].setSelected(true);
        RadioButton custom = new RadioButton("Width × height:");
        custom.setToggleGroup(g);
        TextField w = new TextField(Integer.toString(base.pixelWidth()));
        TextField h = new TextField(Integer.toString(base.pixelHeight()));
        w.setTooltip(new javafx.scene.control.Tooltip("Width of the image in pixels"));
        h.setTooltip(new javafx.scene.control.Tooltip("Height of the image in pixels"));
        w.setPrefColumnCount(6);
        h.setPrefColumnCount(6);
        w.disableProperty().bind(custom.selectedProperty().not());
        h.disableProperty().bind(custom.selectedProperty().not());
        Label error = new Label();
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.add(scales[0], 0, 0, 2, 1);
        grid.add(scales[1], 0, 1, 2, 1);
        grid.add(scales[2], 0, 2, 2, 1);
        grid.add(custom, 0, 3);
        grid.add(new HBox(6, w, new Label("×"), h, new Label("px")), 1, 3);
        grid.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            if (!custom.isSelected()) {
                error.setText("");
                return false;
            }
            try {
                customSize(w.getText(), h.getText());
                error.setText("");
                return false;
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                return true;
            }
        }, custom.selectedProperty(), w.textProperty(), h.textProperty()));
        d.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            if (custom.isSelected()) {
                return customSize(w.getText(), h.getText());
            }
            return base.withScale((Integer) g.getSelectedToggle().getUserData());
        });
        return d.showAndWait();
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
