package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart described without any toolkit: what the desktop app draws and what {@code figure} writes to PNG are
 * rendered from this one object. A spec either has series to draw or an {@link EmptyState} saying why not.
 *
 * @param id         {@code "1"}..{@code "4"} for the paper's figures, {@code "general"} otherwise
 * @param name       the figure's name without years, used for the default file name
 * @param title      the caption as drawn, e.g. "Figure 1. China–US high-tech trade balance, 2006–2017"
 * @param subtitle   one line under the title saying what is measured (may be empty)
 * @param xLabel     the horizontal axis label
 * @param yLabel     the vertical axis label without unit
 * @param yUnit      the unit, e.g. "billion US$" (may be empty)
 * @param kind       lines or bars
 * @param series     what to draw; empty when {@code emptyState} is set
 * @param sourceNote where the numbers come from and what is missing
 * @param emptyState why nothing can be drawn, or {@code null}
 * @param axes       the axes the figure fixes (a right value axis and its series, a scatter plot's x axis), or
 *                   {@link ChartAxes#AUTOMATIC}
 * @param fits       the least-squares lines of a scatter plot (none elsewhere)
 */
public record FigureSpec(String id, String name, String title, String subtitle, String xLabel, String yLabel,
        String yUnit, FigureKind kind, List<FigureSeries> series, String sourceNote, EmptyState emptyState,
        ChartAxes axes, List<FittedLine> fits) {

    /** A figure on one value axis that the drawing lays out. */
    public FigureSpec(String id, String name, String title, String subtitle, String xLabel, String yLabel,
            String yUnit, FigureKind kind, List<FigureSeries> series, String sourceNote, EmptyState emptyState) {
        this(id, name, title, subtitle, xLabel, yLabel, yUnit, kind, series, sourceNote, emptyState,
                ChartAxes.AUTOMATIC, List.of());
    }

    public FigureSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        subtitle = subtitle == null ? "" : subtitle;
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
        yUnit = yUnit == null ? "" : yUnit;
        Objects.requireNonNull(kind);
        series = List.copyOf(series);
        sourceNote = sourceNote == null ? "" : sourceNote;
        axes = axes == null ? ChartAxes.AUTOMATIC : axes;
        fits = fits == null ? List.of() : List.copyOf(fits);
        if (emptyState == null && series.isEmpty()) {
            throw new IllegalArgumentException("a figure without series must say why (empty state)");
        }
    }

    public static FigureSpec empty(String id, String name, String title, FigureKind kind, EmptyState why) {
        return new FigureSpec(id, name, title, "", "", "", "", kind, List.of(), "", why);
    }

    public boolean isEmpty() {
        return emptyState != null;
    }

    /**
     * This figure with {@code label} as its whole value-axis label (unit included); the figure itself when the
     * label is {@code null} or blank.
     */
    public FigureSpec withAxisLabel(String label) {
        if (label == null || label.isBlank()) {
            return this;
        }
        return new FigureSpec(id, name, title, subtitle, xLabel, label, "", kind, series, sourceNote, emptyState,
                axes, fits);
    }

    /** The vertical axis label with its unit in parentheses, e.g. "US balance with China (billion US$)". */
    public String yAxisLabel() {
        return yUnit.isBlank() ? yLabel : yLabel + " (" + yUnit + ")";
    }

    /** Every period label of the series, in order (the category axis of a bar chart). */
    public List<String> periods() {
        if (!series.isEmpty() && series.stream().allMatch(s -> s.periods() == series.get(0).periods())) {
            // Series on the same periods (a general chart of several variables): no need to merge them.
            return series.get(0).periods();
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (FigureSeries s : series) {
            all.addAll(s.periods());
        }
        return new ArrayList<>(all);
    }

    /** Whether {@code s} is measured on the right value axis. */
    public boolean onRight(FigureSeries s) {
        return axes.isRight(s.name());
    }

    /** What the legend says of {@code s}: its label, with "(right)" when it is measured on the right axis. */
    public String legendLabel(FigureSeries s) {
        return onRight(s) ? s.label() + " (right)" : s.label();
    }

    /** e.g. {@code figure-1-china-us-high-tech-trade-balance} for Figure 1. */
    public String fileStem() {
        String prefix = id.equals("general") ? "chart" : "figure-" + id;
        String slug = slug(name);
        return slug.isEmpty() ? prefix : prefix + "-" + slug;
    }

    public FigureSpec withKind(FigureKind k) {
        return new FigureSpec(id, name, title, subtitle, xLabel, yLabel, yUnit, k, series, sourceNote, emptyState,
                axes, fits);
    }

    /** Lower case ASCII words joined by hyphens, for file names. */
    public static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }
}
