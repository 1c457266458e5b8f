package org.tradeworkbench.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.charts.FigureChart;
import org.tradeworkbench.render.tables.ReportImage;
import org.tradeworkbench.render.tables.ResultTableImage;

/**
 * Draws figures and tables to PNG from a thread other than the FX thread: for the {@code figure} command (which
 * starts the JavaFX toolkit on the Monocle headless platform with software rendering) and for Export all in the
 * app (whose toolkit is already running). Figures are drawn with {@link FigureChart}, tables with
 * {@link ResultTableImage} and whole reports with {@link ReportImage}, exactly as the screen and the export menu
 * draw them. Never call from the FX thread.
 */
public final class HeadlessRenderer {
    private HeadlessRenderer() {
    }

    /** Held so the level set on it stays (loggers are weakly referenced). */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Renders {@code spec} at {@code size} into {@code file}; returns the image written. */
    public static BufferedImage writePng(FigureSpec spec, ImageSize size, Path file) throws IOException {
        BufferedImage img = onFxThread("the figure", () -> ImageExport.toBufferedImage(
                ImageExport.render(() -> FigureChart.create(spec), size)));
        ImageExport.writePng(img, file);
        return img;
    }

    /** Renders the whole table (every row, its title and notes) at {@code scale} into {@code file}. */
    public static BufferedImage writeTablePng(ResultTable table, double scale, Path file) throws IOException {
        BufferedImage img = onFxThread("the table", () -> {
            ImageSize natural = ImageExport.naturalSize(ResultTableImage.create(table), scale);
            return ImageExport.toBufferedImage(ImageExport.render(() -> ResultTableImage.create(table), natural));
        });
        ImageExport.writePng(img, file);
        return img;
    }

    /** Renders every table of {@code report}, one under the other, at {@code scale} into {@code file}. */
    public static BufferedImage writeReportPng(Report report, double scale, Path file) throws IOException {
        BufferedImage img = onFxThread("the report", () -> {
            ImageSize natural = ImageExport.naturalSize(ReportImage.create(report), scale);
            return ImageExport.toBufferedImage(ImageExport.render(() -> ReportImage.create(report), natural));
        });
        ImageExport.writePng(img, file);
        return img;
    }

    /** Runs {@code work} on the FX thread (starting the headless toolkit if none runs) and waits for it. */
    private static BufferedImage onFxThread(String what, Supplier<BufferedImage> work) throws IOException {
        CompletableFuture<BufferedImage> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        try {
            Platform.runLater(task);
        } catch (IllegalStateException notRunning) {
            startToolkit();
            Platform.runLater(task);
        }
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing " + what, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("drawing " + what + " took more than 2 minutes", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot draw " + what + ": " + c, c);
        }
    }

    /** Starts the toolkit; a toolkit started meanwhile by another thread is used as it is. */
    private static synchronized void startToolkit() {
        // Must be set before the toolkit starts; a display is neither needed nor used.
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        // The toolkit warns that it runs from the class path, which is how this jar is built; keep stderr for
        // the command's own messages.
        FX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
            // Only a toolkit started here, with no window, must outlive its (non-existent) last window.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        try {
            up.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e, e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
