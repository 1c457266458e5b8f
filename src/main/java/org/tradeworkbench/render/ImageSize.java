package org.tradeworkbench.render;

/**
 * The size of an exported image: the node is laid out at {@code width} × {@code height} (logical pixels, what the
 * text and lines are sized against) and drawn at {@code scale} image pixels per logical pixel, so the file has
 * {@code round(width·scale)} × {@code round(height·scale)} pixels. Scale 2 gives the same picture with twice the
 * resolution; a larger width and height give more room at the same text size.
 */
public record ImageSize(double width, double height, double scale) {

    /** The size figures are exported at unless chosen otherwise: about a journal page's width at 1×. */
    public static final ImageSize DEFAULT_FIGURE = new ImageSize(900, 560, 1);

    public ImageSize {
        if (!(width >= 50 && width <= 20000 && height >= 50 && height <= 20000)) {
            throw new IllegalArgumentException("image width and height must be between 50 and 20000 pixels, got "
                    + width + " x " + height);
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new IllegalArgumentException("image scale must be between 0.25 and 8, got " + scale);
        }
        if (width * scale * height * scale > 200_000_000) {
            throw new IllegalArgumentException("an image of " + Math.round(width * scale) + " x "
                    + Math.round(height * scale) + " pixels is too large to export");
        }
    }

    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    public ImageSize withScale(double s) {
        return new ImageSize(width, height, s);
    }

    @Override
    public String toString() {
        return pixelWidth() + " × " + pixelHeight() + " px";
    }
}
