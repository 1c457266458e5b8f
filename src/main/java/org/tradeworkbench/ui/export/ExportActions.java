package org.tradeworkbench.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * What the export menu does, without dialogs (those are in {@link ExportMenu}): snapshot on the FX thread, encode
 * and write files in the background, copy to the clipboard, and tell the user what happened. The user's settings
 * (export scale and folder, decimals of tables on screen) come with them to the menus and tables that use them.
 */
public final class ExportActions {

    /** File work that runs off the FX thread. */
    @FunctionalInterface
    public interface FileWork {
        void run() throws IOException;
    }

    /** Runs file work in the background and calls back on the FX thread. */
    @FunctionalInterface
    public interface Background {
        void run(String title, FileWork work, Runnable onDone, Consumer<Throwable> onFailure);
    }

    private final Background background;
    private final Consumer<String> info;
    private final Consumer<Throwable> error;
    private final AppSettings settings;

    public ExportActions(Background background, Consumer<String> info, Consumer<Throwable> error,
            AppSettings settings) {
        this.background = background;
        this.info = info;
        this.error = error;
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    public AppSettings settings() {
        return settings;
    }

    /** The app's export actions: files are written by the shared task runner, messages go to the notifier. */
    public static ExportActions forWorkbench(WorkbenchContext ctx) {
        Background bg = (title, work, onDone, onFailure) -> ctx.tasks().run(title, progress -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> onDone.run(), onFailure);
        return new ExportActions(bg, ctx.notifier()::info, ctx.notifier()::error, ctx.settings());
    }

    /** Runs the work at once on the calling thread (tests and the command line). */
    public static Background sameThread() {
        return (title, work, onDone, onFailure) -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                onFailure.accept(e);
                return;
            }
            onDone.run();
        };
    }

    /** Draws {@code what} at {@code size} and writes it as PNG to {@code file}. Call on the FX thread. */
    public void exportImage(Exportable what, ImageSize size, Path file) {
        WritableImage img;
        try {
            img = ImageExport.render(what::render, size);
        } catch (RuntimeException e) {
            error.accept(e);
            return;
        }
        background.run("Saving " + file.getFileName(), () -> {
            BufferedImage bi = ImageExport.toBufferedImage(img);
            ImageExport.writePng(bi, file);
        }, () -> info.accept("Saved " + file.getFileName() + " (" + size + ")"), error);
    }

    /** Writes the chart as SVG vectors (same figure model as the PNG) at its default size. */
    public void exportSvg(FigureExportable figure, Path file) {
        ImageSize size = figure.defaultSize();
        String svg = org.tradeworkbench.core.figures.SvgChartWriter.write(figure.spec(),
                (int) Math.round(size.width()), (int) Math.round(size.height()));
        background.run("Saving " + file.getFileName(), () -> writeText(file, svg),
                () -> info.accept("Saved " + file.getFileName()), error);
    }

    /** Writes the table in {@code format} (UTF-8) to {@code file}. */
    public void exportTable(ResultTable table, TableFormat format, Path file) {
        String text = format.write(table);
        background.run("Saving " + file.getFileName(), () -> writeText(file, text),
                () -> info.accept("Saved " + file.getFileName()), error);
    }

    /** Puts the image on the clipboard at its default size and the given scale. FX thread. */
    public void copyImage(Exportable what, double scale) {
        try {
            WritableImage img = ImageExport.render(what::render, what.defaultSize().withScale(scale));
            ClipboardContent c = new ClipboardContent();
            c.putImage(img);
            Clipboard.getSystemClipboard().setContent(c);
            info.accept("Copied the image (" + (int) img.getWidth() + " × " + (int) img.getHeight() + " px)");
        } catch (RuntimeException e) {
            error.accept(e);
        }
    }

    /** Puts the text form on the clipboard (tables also as HTML, so word processors paste a table). FX thread. */
    public void copyText(Exportable what) {
        ClipboardContent c = new ClipboardContent();
        c.putString(what.asText());
        what.table().ifPresent(t -> c.putHtml(TableFormat.HTML.write(t)));
        Clipboard.getSystemClipboard().setContent(c);
        info.accept("Copied as text");
    }

    static void writeText(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
