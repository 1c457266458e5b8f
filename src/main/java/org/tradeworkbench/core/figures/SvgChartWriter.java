package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.report.NumberFormats;

/**
 * Writes a {@link FigureSpec} as an SVG document of true vectors: title and subtitle, axes with ticks and tick
 * labels, axis labels, one path per unbroken run of a line series plus a marker circle per point, one rect per bar,
 * a legend and the source note, all text as {@code <text>}. Each data mark carries {@code data-series},
 * {@code data-period} and {@code data-value} so the numbers can be read back from the file. Toolkit-free.
 */
public final class SvgChartWriter {
    private static final double LEFT = SourceNote.PLOT_LEFT;
    private static final double RIGHT = SourceNote.PLOT_RIGHT_MARGIN;
    private static final double BOTTOM = 64;
    private static final double LEGEND_ROW = 18;
    /** A line with more points than this many per pixel column of the plot is thinned (see {@link Downsampler}). */
    static final double THIN_ABOVE_POINTS_PER_COLUMN = 2;

    private SvgChartWriter() {
    }

    /** The figure at 800 x 500 user units. */
    public static String write(FigureSpec spec) {
        return write(spec, 800, 500);
    }

    public static String write(FigureSpec spec, int width, int height) {
        Svg svg = new Svg(width, height);
        svg.raw("<title>" + esc(spec.title()) + "</title>\n");
        svg.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        double top = 34;
        // A long title wraps, as the PNG's does, instead of running off the figure's edges.
        List<String> title = titleLines(spec.title(), width);
        for (int i = 0; i < title.size(); i++) {
            if (i > 0) {
                top += TITLE_LINE;
            }
            svg.text("title", width / 2.0, top, "middle", 17, "bold", title.get(i));
        }
        if (!spec.subtitle().isBlank()) {
            top += 20;
            svg.text("subtitle", width / 2.0, top, "middle", 12, "normal", spec.subtitle());
        }
        if (spec.isEmpty()) {
            svg.text("empty", width / 2.0, height / 2.0, "middle", 13, "normal", spec.emptyState().message());
            return svg.end();
        }
        boolean scatter = spec.kind() == FigureKind.SCATTER;
        ChartAxes axes = spec.axes();
        // The legend flows as the PNG's: items side by side, a new row when the next one would pass the plot.
        List<LegendItem> legend = legendItems(spec, LEFT, width - (axes.hasRight() ? SourceNote.RIGHT_AXIS_MARGIN
                : RIGHT));
        int legendRows = legendRows(spec, width);
        double plotTop = top + 22;
        // The note in the lines the PNG draws too, each under the other below the legend: the plot gives them room.
        List<String> note = SourceNote.lines(spec, width);
        double plotBottom = height - BOTTOM - legendRows * LEGEND_ROW - noteHeight(note.size());
        double plotLeft = LEFT;
        double plotRight = width - (axes.hasRight() ? SourceNote.RIGHT_AXIS_MARGIN : RIGHT);

        double[] yr = yRange(spec);
        AxisScale yTicks = axes.left() != null ? axes.left() : AxisScale.nice(yr[0], yr[1], 6);
        double y0 = yTicks.min();
        double y1 = yTicks.max();
        Axis ya = v -> plotBottom - (v - y0) / (y1 - y0) * (plotBottom - plotTop);
        AxisScale right = axes.right();
        Axis yr2 = right == null ? ya : v -> plotBottom - right.fraction(v) * (plotBottom - plotTop);

        // Horizontal grid and y ticks.
        svg.open("<g class=\"y-axis\">");
        for (double t : yTicks.ticks()) {
            double y = ya.at(t);
            svg.line("grid", plotLeft, y, plotRight, y, "#e3e3e3", 1);
            svg.line("tick", plotLeft - 5, y, plotLeft, y, "#333333", 1);
            svg.text("tick-label", plotLeft - 8, y + 4, "end", 11, "normal", NumberFormats.general(t));
        }
        svg.line("axis", plotLeft, plotTop, plotLeft, plotBottom, "#333333", 1.2);
        svg.close("</g>");
        if (right != null) {
            // Ticks and labels only: a second grid would cross the first one.
            svg.open("<g class=\"y2-axis\">");
            for (double t : right.ticks()) {
                double y = yr2.at(t);
                svg.line("tick", plotRight, y, plotRight + 5, y, "#333333", 1);
                svg.text("tick-label", plotRight + 8, y + 4, "start", 11, "normal", NumberFormats.general(t));
            }
            svg.line("axis", plotRight, plotTop, plotRight, plotBottom, "#333333", 1.2);
            svg.close("</g>");
        }

        List<String> categories = spec.periods();
        svg.open("<g class=\"x-axis\">");
        Axis xa;
        if (spec.kind() == FigureKind.BAR) {
            double band = (plotRight - plotLeft) / Math.max(1, categories.size());
            xa = i -> plotLeft + band * (i + 0.5);
            int step = Math.max(1, (int) Math.ceil(categories.size() / 12.0));
            for (int i = 0; i < categories.size(); i += step) {
                double x = xa.at(i);
                svg.line("tick", x, plotBottom, x, plotBottom + 5, "#333333", 1);
                svg.text("tick-label", x, plotBottom + 18, "middle", 11, "normal", categories.get(i));
            }
        } else {
            double[] xr = xRange(spec);
            AxisScale xTicks = axes.x() != null ? axes.x() : AxisScale.nice(xr[0], xr[1], 8);
            double xLo = axes.x() != null ? axes.x().min() : xr[0];
            double xHi = axes.x() != null ? axes.x().max() : xr[1] > xr[0] ? xr[1] : xr[0] + 1;
            xa = v -> plotLeft + (v - xLo) / (xHi - xLo) * (plotRight - plotLeft);
            for (double t : xTicks.ticks()) {
                if (t < xLo - 1e-9 || t > xHi + 1e-9) {
                    continue;
                }
                double x = xa.at(t);
                svg.line("tick", x, plotBottom, x, plotBottom + 5, "#333333", 1);
                svg.text("tick-label", x, plotBottom + 18, "middle", 11, "normal", NumberFormats.general(t));
            }
        }
        svg.line("axis", plotLeft, plotBottom, plotRight, plotBottom, "#333333", 1.2);
        svg.close("</g>");
        if (y0 < 0 && y1 > 0) {
            svg.line("zero", plotLeft, ya.at(0), plotRight, ya.at(0), "#777777", 1);
        }

        svg.text("x-label", (plotLeft + plotRight) / 2, plotBottom + 40, "middle", 12, "normal", spec.xLabel());
        double yLabelX = 20;
        double yLabelY = (plotTop + plotBottom) / 2;
        svg.raw(String.format(Locale.ROOT, "<text class=\"y-label\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" "
                + "font-family=\"sans-serif\" font-size=\"12\" transform=\"rotate(-90 %.2f %.2f)\">%s</text>\n",
                yLabelX, yLabelY, yLabelX, yLabelY, esc(spec.yAxisLabel())));
        if (right != null) {
            double x2 = width - 20;
            svg.raw(String.format(Locale.ROOT, "<text class=\"y2-label\" x=\"%.2f\" y=\"%.2f\" "
                    + "text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\" "
                    + "transform=\"rotate(90 %.2f %.2f)\">%s</text>\n", x2, yLabelY, x2, yLabelY,
                    esc(axes.rightLabel())));
        }

        svg.open("<g class=\"data\">");
        int n = spec.series().size();
        for (int s = 0; s < n; s++) {
            FigureSeries fs = spec.series().get(s);
            String colour = ChartPalette.colour(s);
            Axis sy = spec.onRight(fs) ? yr2 : ya;
            svg.open("<g class=\"series\" data-series=\"" + esc(fs.label()) + "\""
                    + (spec.onRight(fs) ? " data-axis=\"right\"" : "") + ">");
            if (scatter) {
                for (int i = 0; i < fs.size(); i++) {
                    double v = fs.y()[i];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    svg.raw(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.2f\" cy=\"%.2f\" "
                            + "r=\"3.5\" fill=\"%s\" fill-opacity=\"0.85\" data-series=\"%s\" data-period=\"%s\" "
                            + "data-x=\"%s\" data-value=\"%s\"/>\n", xa.at(fs.x()[i]), ya.at(v), colour,
                            esc(fs.label()), esc(fs.periods().get(i)), Double.toString(fs.x()[i]),
                            Double.toString(v)));
                }
                for (FittedLine f : spec.fits()) {
                    if (f.series().equals(fs.name())) {
                        svg.raw(String.format(Locale.ROOT, "<line class=\"fit\" x1=\"%.2f\" y1=\"%.2f\" "
                                + "x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"2\" "
                                + "stroke-dasharray=\"7 4\" data-series=\"%s\"/>\n", xa.at(f.xMin()),
                                ya.at(f.at(f.xMin())), xa.at(f.xMax()), ya.at(f.at(f.xMax())), colour,
                                esc(fs.label())));
                    }
                }
            } else if (spec.kind() == FigureKind.BAR) {
                double band = (plotRight - plotLeft) / Math.max(1, categories.size());
                double barW = band * 0.8 / n;
                double base = ya.at(Math.max(y0, Math.min(0, y1)));
                for (int i = 0; i < fs.size(); i++) {
                    double v = fs.y()[i];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    int cat = categories.indexOf(fs.periods().get(i));
                    double x = xa.at(cat) - band * 0.4 + s * barW;
                    double y = ya.at(v);
                    svg.raw(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                            + "height=\"%.2f\" fill=\"%s\" data-series=\"%s\" data-period=\"%s\" data-value=\"%s\"/>\n",
                            x, Math.min(y, base), barW, Math.abs(base - y), colour, esc(fs.label()),
                            esc(fs.periods().get(i)), Double.toString(v)));
                }
            } else {
                // A long line is written with the points that draw it at this size (first, last, lowest and
                // highest per pixel column): a million points would otherwise make a file of a hundred megabytes
                // that no editor opens. Its values stay in the CSV export; the markers are left out, as they
                // would merge into a band.
                boolean thinned = fs.size() > THIN_ABOVE_POINTS_PER_COLUMN * (plotRight - plotLeft);
                int columns = (int) Math.ceil(plotRight - plotLeft);
                double[] xr = xRange(spec);
                int drawn = 0;
                for (int[] seg : fs.segments()) {
                    int[] points = thinned ? Downsampler.perColumnExtremes(fs.x(), fs.y(), seg[0], seg[1],
                            xr[0], xr[1] > xr[0] ? xr[1] : xr[0] + 1, columns) : null;
                    int count = thinned ? points.length : seg[1] - seg[0] + 1;
                    drawn += count;
                    StringBuilder d = new StringBuilder(count * 16);
                    for (int k = 0; k < count; k++) {
                        int i = thinned ? points[k] : seg[0] + k;
                        d.append(k == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.2f %.2f",
                                xa.at(fs.x()[i]), sy.at(fs.y()[i])));
                    }
                    svg.raw("<path class=\"line\" d=\"" + d + "\" fill=\"none\" stroke=\"" + colour
                            + "\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
                }
                if (thinned) {
                    svg.raw("<desc class=\"thinned\">" + fs.size() + " points, drawn with the " + drawn
                            + " that give its shape at this size (first, last, lowest and highest per pixel column)"
                            + "</desc>\n");
                } else {
                    for (int i = 0; i < fs.size(); i++) {
                        double v = fs.y()[i];
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        svg.raw(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.2f\" cy=\"%.2f\" "
                                + "r=\"2.8\" fill=\"%s\" data-series=\"%s\" data-period=\"%s\" data-value=\"%s\"/>\n",
                                xa.at(fs.x()[i]), sy.at(v), colour, esc(fs.label()), esc(fs.periods().get(i)),
                                Double.toString(v)));
                    }
                }
            }
            svg.close("</g>");
        }
        svg.close("</g>");

        if (legendRows > 0) {
            svg.open("<g class=\"legend\">");
            double ly = plotBottom + 52;
            for (LegendItem item : legend) {
                String colour = ChartPalette.colour(item.series());
                double x = item.x();
                double y = ly + item.row() * LEGEND_ROW;
                if (item.fit()) {
                    svg.raw(String.format(Locale.ROOT, "<line class=\"swatch\" x1=\"%.2f\" y1=\"%.2f\" "
                            + "x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"2\" "
                            + "stroke-dasharray=\"7 4\"/>\n", x, y - 4, x + 22, y - 4, colour));
                } else if (scatter) {
                    svg.raw(String.format(Locale.ROOT, "<circle class=\"swatch\" cx=\"%.2f\" cy=\"%.2f\" "
                            + "r=\"3.5\" fill=\"%s\"/>\n", x + 11, y - 4, colour));
                } else if (spec.kind() == FigureKind.BAR) {
                    svg.raw(String.format(Locale.ROOT, "<rect class=\"swatch\" x=\"%.2f\" y=\"%.2f\" width=\"14\" "
                            + "height=\"10\" fill=\"%s\"/>\n", x, y - 9, colour));
                } else {
                    svg.line("swatch", x, y - 4, x + 22, y - 4, colour, 2);
                }
                svg.text("legend-label", x + 28, y, "start", 11, "normal", item.label());
            }
            svg.close("</g>");
        }
        for (int i = 0; i < note.size(); i++) {
            double y = height - 10 - (note.size() - 1 - i) * SourceNote.LINE_HEIGHT;
            svg.raw(String.format(Locale.ROOT, "<text class=\"note\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"start\" "
                    + "font-size=\"%s\" font-weight=\"normal\" data-line=\"%d\">%s</text>\n", plotLeft, y,
                    Double.toString(SourceNote.FONT_SIZE), i + 1, esc(note.get(i))));
        }
        return svg.end();
    }

    private static final double TITLE_LINE = 21;
    private static final double LEGEND_GAP = 18;

    /** The title's lines at 17 px bold: the note's character widths scaled to the title's size and weight. */
    static List<String> titleLines(String title, int width) {
        List<String> lines = SourceNote.wrap(title, (width - 40) * SourceNote.FONT_SIZE / (17 * 1.1));
        return lines.isEmpty() ? List.of(title == null ? "" : title) : lines;
    }

    /** How many rows the legend of {@code spec} takes on a figure {@code width} wide (0 without a legend). */
    public static int legendRows(FigureSpec spec, int width) {
        List<LegendItem> items = legendItems(spec, LEFT, width - (spec.axes().hasRight() ? SourceNote.RIGHT_AXIS_MARGIN
                : RIGHT));
        return items.isEmpty() ? 0 : items.get(items.size() - 1).row() + 1;
    }

    /** One legend entry: the series it belongs to, a fitted line's entry or the series', its place. */
    record LegendItem(int series, boolean fit, String label, double x, int row) {
    }

    /** The legend's entries laid out in rows between {@code left} and {@code right}; none for a single series. */
    static List<LegendItem> legendItems(FigureSpec spec, double left, double right) {
        List<LegendItem> out = new ArrayList<>();
        if (spec.series().size() <= 1 && spec.fits().isEmpty()) {
            return out;
        }
        double x = left;
        int row = 0;
        for (int s = 0; s < spec.series().size(); s++) {
            FigureSeries fs = spec.series().get(s);
            List<String> labels = new ArrayList<>();
            labels.add(spec.legendLabel(fs));
            for (FittedLine f : spec.fits()) {
                if (f.series().equals(fs.name())) {
                    labels.add(f.legend());
                }
            }
            for (int k = 0; k < labels.size(); k++) {
                double w = 28 + SourceNote.width(labels.get(k)) * 11 / SourceNote.FONT_SIZE;
                if (x > left && x + w > right) {
                    x = left;
                    row++;
                }
                out.add(new LegendItem(s, k > 0, labels.get(k), x, row));
                x += w + LEGEND_GAP;
            }
        }
        return out;
    }

    /** The room the note's lines take under the legend: one line was always kept (16), each further one adds a line. */
    private static double noteHeight(int lines) {
        return lines == 0 ? 0 : 16 + (lines - 1) * SourceNote.LINE_HEIGHT;
    }

    private static double[] yRange(FigureSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (FigureSeries s : spec.series()) {
            for (double v : s.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (spec.kind() == FigureKind.BAR) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        return new double[] {lo, hi};
    }

    private static double[] xRange(FigureSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (FigureSeries s : spec.series()) {
            for (double v : s.x()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @FunctionalInterface
    private interface Axis {
        double at(double v);
    }

    /** A small SVG text builder. */
    private static final class Svg {
        private final StringBuilder sb = new StringBuilder();

        Svg(int width, int height) {
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                    + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">\n", width, height, width, height));
        }

        void raw(String s) {
            sb.append(s);
        }

        void open(String tag) {
            sb.append(tag).append('\n');
        }

        void close(String tag) {
            sb.append(tag).append('\n');
        }

        void line(String cls, double x1, double y1, double x2, double y2, String colour, double w) {
            sb.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
                    + "stroke=\"%s\" stroke-width=\"%s\"/>\n", cls, x1, y1, x2, y2, colour, w));
        }

        void text(String cls, double x, double y, String anchor, int size, String weight, String text) {
            sb.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" "
                    + "font-size=\"%d\" font-weight=\"%s\">%s</text>\n", cls, x, y, anchor, size, weight, esc(text)));
        }

        String end() {
            sb.append("</svg>\n");
            return sb.toString();
        }
    }
}
