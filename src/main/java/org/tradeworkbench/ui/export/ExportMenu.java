package org.tradeworkbench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.ui.settings.AppSettings;

/**
 * The export menu every chart and results table carries, as a button and as a context menu: Export image (PNG),
 * Copy as image, Copy as text, and for tables CSV, LaTeX, HTML and Markdown. The target is asked for when the menu
 * opens, so it always exports what is shown; a null target (nothing drawn) disables the items.
 */
public final class ExportMenu {
    private ExportMenu() {
    }

    public static MenuButton button(Node owner, Supplier<Exportable> target, ExportActions actions) {
        MenuButton b = new MenuButton("Export");
        b.getStyleClass().add("export-button");
        b.setOnShowing(e -> b.getItems().setAll(items(owner, target, actions)));
        b.getItems().setAll(items(owner, target, actions));
        return b;
    }

    /** Right-click on {@code node} opens the export menu. */
    public static void install(Node node, Supplier<Exportable> target, ExportActions actions) {
        ContextMenu menu = new ContextMenu();
        node.setOnContextMenuRequested(e -> {
            menu.getItems().setAll(items(node, target, actions));
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    static List<MenuItem> items(Node owner, Supplier<Exportable> target, ExportActions actions) {
        Exportable x = target.get();
        List<MenuItem> items = new ArrayList<>();
        MenuItem image = new MenuItem("Export image (PNG)…");
        image.setOnAction(e -> exportImage(window(owner), x, actions));
        MenuItem copyImage = new MenuItem("Copy as image");
        copyImage.setOnAction(e -> actions.copyImage(x, 2));
        MenuItem copyText = new MenuItem("Copy as text");
        copyText.setOnAction(e -> actions.copyText(x));
        items.add(image);
        items.add(copyImage);
        items.add(copyText);
        if (x == null) {
            items.forEach(i -> i.setDisable(true));
            return items;
        }
        if (x instanceof FigureExportable fig) {
            MenuItem svg = new MenuItem("Export vector image (SVG)…");
            svg.setOnAction(e -> {
                Path file = chooseFile(window(owner), "Export SVG", x.fileStem(), "SVG image", "svg", actions);
                if (file != null) {
                    actions.exportSvg(fig, file);
                }
            });
            items.add(1, svg);
        }
        x.table().ifPresent(t -> {
            items.add(new SeparatorMenuItem());
            for (TableFormat f : TableFormat.values()) {
                MenuItem m = new MenuItem("Export " + f.label() + "…");
                m.setOnAction(e -> exportTable(window(owner), x.fileStem(), t, f, actions));
                items.add(m);
            }
        });
        return items;
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private static void exportImage(Window w, Exportable x, ExportActions actions) {
        ImageExportDialog.ask(w, x.defaultSize(), actions.settings().exportScaleProperty().get()).ifPresent(size -> {
            Path file = chooseFile(w, "Export image", x.fileStem(), "PNG image", "png", actions);
            if (file != null) {
                actions.exportImage(x, size, file);
            }
        });
    }

    private static void exportTable(Window w, String stem, ResultTable t, TableFormat f, ExportActions actions) {
        Path file = chooseFile(w, "Export " + f.label(), stem, f.label(), f.extension(), actions);
        if (file != null) {
            actions.exportTable(t, f, file);
        }
    }

    private static Path chooseFile(Window w, String title, String stem, String kind, String ext,
            ExportActions actions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(stem + "." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*." + ext + ")", "*." + ext));
        // The folder of the last export (or the one set in Preferences), where the next file dialog opens.
        actions.settings().exportFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        File f = fc.showSaveDialog(w);
        if (f == null) {
            return null;
        }
        if (f.getParentFile() != null) {
            actions.settings().rememberExportFolder(f.getParentFile().toPath());
        }
        String name = f.getName();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)) {
            f = new File(f.getParentFile(), name + "." + ext);
        }
        return f.toPath();
    }
}
