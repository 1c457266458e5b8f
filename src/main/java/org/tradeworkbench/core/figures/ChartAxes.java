package org.tradeworkbench.core.figures;

import java.util.List;

/**
 * The axes a figure fixes for itself; a {@code null} scale is laid out by the drawing from the values, as charts
 * of one value axis always were.
 *
 * @param x          the horizontal value axis of a scatter plot ({@code null} for a time axis)
 * @param left       the left value axis ({@code null}: automatic)
 * @param right      the right value axis, or {@code null} when the chart has only one
 * @param rightLabel the right axis' label with its unit
 * @param onRight    the names of the series measured on the right axis
 */
public record ChartAxes(AxisScale x, AxisScale left, AxisScale right, String rightLabel, List<String> onRight) {

    /** One value axis, laid out by the drawing. */
    public static final ChartAxes AUTOMATIC = new ChartAxes(null, null, null, "", List.of());

    public ChartAxes {
        rightLabel = rightLabel == null ? "" : rightLabel;
        onRight = List.copyOf(onRight);
        if (right == null && !onRight.isEmpty()) {
            throw new IllegalArgumentException("series on the right axis need a right axis: " + onRight);
        }
        if (right != null && left == null) {
            throw new IllegalArgumentException("a chart with two value axes fixes both");
        }
    }

    public boolean hasRight() {
        return right != null;
    }

    /** Whether the series named {@code name} is measured on the right axis. */
    public boolean isRight(String name) {
        return onRight.contains(name);
    }
}
