package org.tradeworkbench.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.ui.charts.ChartFactory;

/**
 * Draws a figure to PNG without a display, for the {@code figure} command: starts the JavaFX toolkit on the
 * Monocle headless platform with software rendering (unless a toolkit is already running in this JVM), renders
 * the figure with {@link ChartFactory} exactly as the app does, and writes the file.
 */
public final class HeadlessRenderer {
    private HeadlessRenderer() {
    }

    private static boolean started;
    /** Held so the level set on it stays (loggers are weakly referenced). */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Renders {@code spec} at {@code size} into {@code file}; returns the image written. */
    public static BufferedImage writePng(FigureSpec spec, ImageSize size, Path file) throws IOException {
        startToolkit();
        CompletableFuture<BufferedImage> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(ImageExport.toBufferedImage(
                        ImageExport.render(() -> ChartFactory.create(spec), size)));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        BufferedImage img;
        try {
            img = result.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the figure", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("drawing the figure took more than 2 minutes", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot draw the figure: " + c, c);
        }
        ImageExport.writePng(img, file);
        return img;
    }

    private static synchronized void startToolkit() {
        if (started) {
            return;
        }
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
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            up.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e, e);
        }
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
