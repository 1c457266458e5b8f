package org.tradeworkbench.ui.testing;

import java.awt.image.BufferedImage;

/** Simple measures of an image, to tell a drawn picture from a blank one. */
public final class Pixels {
    private Pixels() {
    }

    /** Variance of the grey level (0..255) over all pixels; a blank image has 0. */
    public static double greyVariance(BufferedImage img) {
        return greyVariance(img, 0, 0, img.getWidth(), img.getHeight());
    }

    public static double greyVariance(BufferedImage img, int x0, int y0, int w, int h) {
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                double g = grey(img.getRGB(x, y));
                sum += g;
                sum2 += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sum2 / n - mean * mean;
    }

    /** Number of pixels within {@code tolerance} (per channel) of the colour {@code rgb}. */
    public static long count(BufferedImage img, int rgb, int tolerance) {
        int r0 = (rgb >> 16) & 0xff;
        int g0 = (rgb >> 8) & 0xff;
        int b0 = rgb & 0xff;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - r0) <= tolerance && Math.abs(((p >> 8) & 0xff) - g0) <= tolerance
                        && Math.abs((p & 0xff) - b0) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Number of dark pixels (grey level below 100) in a rectangle: text and lines. */
    public static long dark(BufferedImage img, int x0, int y0, int w, int h) {
        long n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (grey(img.getRGB(x, y)) < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double grey(int p) {
        return 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
    }
}
