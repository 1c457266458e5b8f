package org.tradeworkbench.ui.results;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The size text takes in a font, as a {@link Text} node lays it out: the width on one line (the longest line when
 * it has several), the widest word, and the height when wrapped at a width. One instance per view, used on the FX
 * thread.
 */
final class TextMeasure {
    private final Text text = new Text();

    /** The width of {@code s} unwrapped: its longest line. */
    double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        text.setFont(font);
        text.setWrappingWidth(0);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }

    /** The width of the widest word of {@code s} (words split at spaces): what wrapping cannot make narrower. */
    double widestWord(String s, Font font) {
        double w = 0;
        if (s == null) {
            return 0;
        }
        for (String word : s.split("\\s+")) {
            w = Math.max(w, width(word, font));
        }
        return w;
    }

    /**
     * The height of {@code s} wrapped at {@code wrappingWidth} (unwrapped for 0 or less; one line's height for an
     * empty text).
     */
    double height(String s, Font font, double wrappingWidth) {
        text.setFont(font);
        text.setWrappingWidth(Math.max(0, wrappingWidth));
        text.setText(s == null || s.isEmpty() ? " " : s);
        double h = text.getLayoutBounds().getHeight();
        text.setWrappingWidth(0);
        return h;
    }

    /** The height of one line in {@code font}. */
    double lineHeight(Font font) {
        return height("Xg", font, 0);
    }
}
