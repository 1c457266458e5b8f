package org.tradeworkbench.core.figures;

import java.util.List;

/**
 * The series colours of every chart, on screen, in PNG and in SVG (Okabe–Ito, distinguishable with colour-vision
 * deficiencies and in grey print). The one palette: the SVG writer here and the drawing in {@code render} both
 * take their colours from it, so a series has the same colour in every file.
 */
public final class ChartPalette {
    private ChartPalette() {
    }

    /** The colours as CSS hex, in the order series take them. */
    public static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#7F7F7F", "#000000");

    /** The colour of the {@code k}-th series (0-based); after the last colour the palette starts again. */
    public static String colour(int k) {
        return COLOURS.get(Math.floorMod(k, COLOURS.size()));
    }
}
