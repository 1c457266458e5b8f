package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The source note under a chart, broken into lines once for every drawing: the PNG (and the screen) and the SVG
 * draw the lines this class gives, so both break the note at the same words. The lines fit the plot's width as the
 * SVG lays the plot out ({@link #PLOT_LEFT} from the figure's left edge to {@link #PLOT_RIGHT_MARGIN}, or
 * {@link #RIGHT_AXIS_MARGIN} with a right axis, from its right edge); a drawing makes room for every line under the
 * plot, so no text is cut. Widths are measured with a table of character widths at least as wide as the usual sans
 * serif fonts (DejaVu Sans, Liberation Sans, Arial, Helvetica), not with the font a viewer happens to have, so the
 * breaks are the same on every machine and a line never runs past the width it was broken for. Toolkit-free.
 */
public final class SourceNote {
    private SourceNote() {
    }

    /** The note's font size in pixels (CSS px, SVG user units). */
    public static final double FONT_SIZE = 10.5;
    /** From one line's top to the next. */
    public static final double LINE_HEIGHT = 14;
    /** The plot's left edge from the figure's left edge. */
    public static final double PLOT_LEFT = 84;
    /** The plot's right edge from the figure's right edge, with one value axis. */
    public static final double PLOT_RIGHT_MARGIN = 24;
    /** The plot's right edge from the figure's right edge, with a right value axis (its ticks and label). */
    public static final double RIGHT_AXIS_MARGIN = 84;
    /** A note is never broken to less than this width, however narrow the figure. */
    static final double MIN_WIDTH = 80;

    /** The width the note of a figure {@code figureWidth} wide is broken to: the plot's. */
    public static double width(double figureWidth, boolean rightAxis) {
        return Math.max(MIN_WIDTH, figureWidth - PLOT_LEFT - (rightAxis ? RIGHT_AXIS_MARGIN : PLOT_RIGHT_MARGIN));
    }

    /** {@code spec}'s note as drawn on a figure {@code figureWidth} wide; none when it has no note. */
    public static List<String> lines(FigureSpec spec, double figureWidth) {
        return wrap(spec.sourceNote(), width(figureWidth, spec.axes().hasRight()));
    }

    /**
     * {@code text} in lines no wider than {@code maxWidth} at {@link #FONT_SIZE}: words are kept whole and joined
     * by one space, as many on a line as fit; a word wider than a line on its own is cut at the last character
     * that fits. A line break in the text starts a new line. Blank text gives no line.
     */
    public static List<String> wrap(String text, double maxWidth) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        double space = advance(' ') * FONT_SIZE;
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            double used = 0;
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word);
                if (line.length() > 0 && used + space + w <= maxWidth) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                // A word longer than a whole line: as much of it as fits on each line.
                while (w > maxWidth) {
                    int cut = fitting(word, maxWidth);
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = width(word);
                }
                line.append(word);
                used = w;
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
        }
        return out;
    }

    /** The width of {@code s} at {@link #FONT_SIZE}: at least what the usual sans serif fonts take. */
    public static double width(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            em += advance(c);
            i += Character.charCount(c);
        }
        return em * FONT_SIZE;
    }

    /** How many characters of {@code word} (at least one, whole code points) fit in {@code maxWidth}. */
    private static int fitting(String word, double maxWidth) {
        double used = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            double w = advance(c) * FONT_SIZE;
            if (i > 0 && used + w > maxWidth) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }

    private static final String NARROW = "il.,:;|'j";
    private static final String THIN = "fIJrt()[]-/\\\"!";
    private static final String WIDE_SIGNS = "#+<=>^~{}*&";

    /** A character's advance in ems, rounded up over the usual sans serif fonts. */
    static double advance(int c) {
        if (c == ' ') {
            return 0.32;
        }
        if (c < 128) {
            if (NARROW.indexOf(c) >= 0) {
                return 0.34;
            }
            if (THIN.indexOf(c) >= 0) {
                return 0.47;
            }
            if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '@') {
                return 1.0;
            }
            if (WIDE_SIGNS.indexOf(c) >= 0) {
                return 0.85;
            }
            if (c >= 'A' && c <= 'Z') {
                return 0.8;
            }
            return 0.64;
        }
        switch (c) {
            case '–', '‘', '’', '‚', '²', '³', '¹', '°', '·':
                return 0.52;
            case '“', '”', '„':
                return 0.6;
            case '×', '±', '≤', '≥', '−':
                return 0.85;
            default:
                break;
        }
        if (Character.isLetter(c) && Character.isLowerCase(c) && c < 0x250 && c != 'æ' && c != 'œ') {
            return 0.64;
        }
        return 1.0;
    }
}
