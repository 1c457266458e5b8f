package org.tradeworkbench.render.charts;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;

/**
 * A chart with a second value axis at the right of its plot: the chart (or the node holding it) is laid out first,
 * then the axis is placed against the plot's right edge, as tall as the plot, so its ticks line up with the values
 * drawn there. JavaFX charts have one value axis; the series measured on this one are drawn by the chart in the
 * left axis' units (see {@link org.tradeworkbench.core.figures.AxisScale#onto}).
 */
final class RightAxisPane extends Region {
    private final Region content;
    private final NumberAxis axis;

    RightAxisPane(Region content, NumberAxis axis) {
        this.content = content;
        this.axis = axis;
        getStyleClass().add("right-axis-pane");
        getChildren().addAll(content, axis);
    }

    private double axisWidth(double height) {
        return Math.ceil(axis.prefWidth(height));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double aw = axisWidth(h);
        content.resizeRelocate(0, 0, Math.max(0, w - aw), h);
        content.layout();
        Node plot = content.lookup(".chart-plot-background");
        Bounds b = plot == null ? new BoundingBox(0, 0, Math.max(0, w - aw), h) : inHere(plot);
        axis.resizeRelocate(Math.round(b.getMaxX()), b.getMinY(), aw, b.getHeight());
    }

    /** {@code n}'s bounds in this pane's coordinates (no scene needed). */
    private Bounds inHere(Node n) {
        Bounds b = n.getLayoutBounds();
        Node at = n;
        while (at != null && at != this) {
            b = at.localToParent(b);
            at = at.getParent();
        }
        return b;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height) + axisWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height) + axisWidth(height);
    }
}
