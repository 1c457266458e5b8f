package org.tradeworkbench.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Renders a node to an image: a fresh node (from the same factory the screen uses) is laid out off screen at the
 * requested logical size and snapshotted through a scale transform, so 2× doubles the pixels without changing the
 * layout. Snapshots run on the FX thread; encoding and writing the PNG do not need it.
 */
public final class ImageExport {
    private ImageExport() {
    }

    /**
     * The user-agent stylesheet of exported images, whatever the theme on screen: JavaFX's own Modena, the same in
     * the app and on the command line, so a figure exported from either looks alike.
     */
    public static final String EXPORT_STYLESHEET = exportStylesheet();

    private static String exportStylesheet() {
        java.net.URL modena = javafx.application.Application.class
                .getResource("/com/sun/javafx/scene/control/skin/modena/modena.css");
        if (modena == null) {
            throw new IllegalStateException("JavaFX's Modena stylesheet is missing from the class path");
        }
        return modena.toExternalForm();
    }

    /** Lays out {@code node} at the size in its own scene and takes the snapshot. FX thread only. */
    public static WritableImage snapshot(Region node, ImageSize size) {
        Scene scene = new Scene(new Group(), size.width(), size.height(), Color.WHITE);
        // Exports are on white paper whatever the theme on screen.
        scene.setUserAgentStylesheet(EXPORT_STYLESHEET);
        scene.setRoot(node);
        node.resize(size.width(), size.height());
        settle(node);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(size.scale(), size.scale()));
        WritableImage target = new WritableImage(size.pixelWidth(), size.pixelHeight());
        WritableImage img = node.snapshot(p, target);
        // Detach so the node can be garbage-collected with its scene.
        scene.setRoot(new Group());
        return img;
    }

    /**
     * Applies CSS and lays out until nothing asks for another pass. Charts size their axes from their tick labels
     * and wrapped notes take their height from their width, so one pass is not enough; a fixed number of passes
     * left some charts a fraction of a pixel short of their final layout, depending on what was drawn before.
     */
    private static void settle(Region node) {
        for (int pass = 0; pass < MAX_LAYOUT_PASSES; pass++) {
            node.applyCss();
            node.layout();
            if (pass >= 2 && !needsLayout(node)) {
                return;
            }
        }
    }

    private static final int MAX_LAYOUT_PASSES = 20;

    private static boolean needsLayout(javafx.scene.Parent p) {
        if (p.isNeedsLayout()) {
            return true;
        }
        for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.Parent c && needsLayout(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The size a node wants (its preferred width, and its preferred height at that width), e.g. a table with
     * all its rows. FX thread only.
     */
    public static ImageSize naturalSize(Region node, double scale) {
        Scene scene = new Scene(new Group());
        scene.setUserAgentStylesheet(EXPORT_STYLESHEET);
        scene.setRoot(node);
        node.applyCss();
        node.layout();
        double w = Math.ceil(node.prefWidth(-1));
        double h = Math.ceil(node.prefHeight(w));
        scene.setRoot(new Group());
        return new ImageSize(Math.max(50, w), Math.max(50, h), scale);
    }

    /** Renders a fresh node from {@code factory}. FX thread only. */
    public static WritableImage render(Supplier<? extends Parent> factory, ImageSize size) {
        Parent n = factory.get();
        if (!(n instanceof Region r)) {
            throw new IllegalArgumentException("only a Region can be laid out at a chosen size");
        }
        return snapshot(r, size);
    }

    /** The snapshot as an AWT image (for ImageIO). */
    public static BufferedImage toBufferedImage(javafx.scene.image.Image img) {
        BufferedImage argb = SwingFXUtils.fromFXImage(img, null);
        // PNG readers handle opaque RGB best; the figures have a white background anyway.
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Writes a PNG, replacing the file; the parent folder must exist. Any thread. */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist");
        }
        Path tmp = Files.createTempFile(parent, ".export-", ".png");
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
