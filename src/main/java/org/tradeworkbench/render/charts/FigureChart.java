package org.tradeworkbench.render.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.tradeworkbench.core.figures.AxisScale;
import org.tradeworkbench.core.figures.ChartPalette;
import org.tradeworkbench.core.figures.FittedLine;
import org.tradeworkbench.core.figures.EmptyState;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;

/**
 * Draws a {@link FigureSpec} as JavaFX nodes: title, subtitle, chart, legend and source note, or the empty state.
 * The one drawing of a figure: the screen shows it (with a zoom added in {@code ui}), the image export and the
 * {@code figure} command snapshot a fresh copy. Texts are text nodes, not controls. Lines break at missing values
 * (each run of present values is its own line segment; a lone value is a dot), bars are simply absent; nothing
 * is interpolated. Must be called on the FX thread.
 */
public final class FigureChart {
    private FigureChart() {
    }

    /** The style sheet every figure node carries, so a node renders the same in any scene. */
    public static final String STYLESHEET =
            FigureChart.class.getResource("/org/tradeworkbench/render/charts/figure.css").toExternalForm();

    /** Above this many points in a series, points inside a line are not marked (isolated values still are). */
    private static final int DENSE = 40;
    /**
     * Points drawn per line run at most: two per pixel column of a 1,000-pixel plot; a line with more points is
     * thinned to the visible range (see {@link LineRun}).
     */
    public static final int MAX_LINE_POINTS = 2_000;

    /**
     * What is shown in place of the chart: the chart itself, or the chart inside something that adds to it (the
     * screen's zoom). {@code runs} are the lines too long to draw whole, already drawn for the whole range.
     */
    @FunctionalInterface
    public interface Decoration {
        Region around(XYChart<?, ?> chart, List<LineRun> runs);

        Decoration NONE = (chart, runs) -> chart;
    }

    /** The whole figure as an image shows it. */
    public static Region create(FigureSpec spec) {
        return create(spec, Decoration.NONE);
    }

    /** The whole figure, with the chart inside {@code decoration}'s node. */
    public static Region create(FigureSpec spec, Decoration decoration) {
        if (spec.isEmpty()) {
            return emptyState(spec);
        }
        VBox box = new VBox();
        box.getStyleClass().add("figure");
        box.getStylesheets().add(STYLESHEET);
        box.getChildren().add(wrapped(spec.title(), "figure-title"));
        if (!spec.subtitle().isBlank()) {
            box.getChildren().add(wrapped(spec.subtitle(), "figure-subtitle"));
        }
        List<LineRun> runs = new ArrayList<>();
        XYChart<?, ?> chart = spec.kind() == FigureKind.BAR ? barChart(spec)
                : spec.kind() == FigureKind.SCATTER ? scatterChart(spec) : lineChart(spec, runs);
        chart.setMinHeight(120);
        if (!runs.isEmpty()) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            for (LineRun r : runs) {
                r.draw(x.getLowerBound(), x.getUpperBound(), MAX_LINE_POINTS);
            }
        }
        Region shown = decoration.around(chart, List.copyOf(runs));
        if (spec.axes().hasRight()) {
            shown = new RightAxisPane(shown, rightAxis(spec));
        }
        VBox.setVgrow(shown, Priority.ALWAYS);
        box.getChildren().add(shown);
        box.getChildren().add(legend(spec));
        if (!spec.sourceNote().isBlank()) {
            // In the lines the SVG of this figure has (SourceNote), under the plot's width.
            box.getChildren().add(new SourceNoteText(spec.sourceNote(), spec.axes().hasRight()));
        }
        return box;
    }

    /** What a figure without data shows: which series it needs and how to load them. */
    public static Region emptyState(FigureSpec spec) {
        EmptyState e = spec.emptyState();
        VBox box = new VBox();
        box.getStyleClass().add("figure-empty");
        box.getStylesheets().add(STYLESHEET);
        TextFlow title = wrapped(spec.title(), "figure-title");
        title.setMaxWidth(760);
        box.getChildren().add(title);
        VBox inner = new VBox();
        inner.getStyleClass().add("empty-box");
        inner.getChildren().add(wrapped("Nothing to draw yet", "empty-heading"));
        inner.getChildren().add(wrapped(e.headline(), "empty-text"));
        for (String n : e.needed()) {
            inner.getChildren().add(wrapped("•  " + n, "empty-needed"));
        }
        if (!e.howToLoad().isBlank()) {
            inner.getChildren().add(wrapped(e.howToLoad(), "empty-how"));
        }
        box.getChildren().add(inner);
        box.setId("figure-empty-state");
        return box;
    }

    /** A text that wraps at the width its parent gives it; the style class (font, colour) is on the text. */
    static TextFlow wrapped(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add(styleClass + "-flow");
        flow.setMinHeight(Region.USE_PREF_SIZE);
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }

    /** The text of a wrapped text made here (the title, subtitle or source note), for changing it in place. */
    public static Text textOf(TextFlow flow) {
        return (Text) flow.getChildren().get(0);
    }

    // ---- lines ----

    /** The x axis of a line chart of {@code spec}: lower and upper bound and tick unit. */
    public static double[] xAxisBounds(FigureSpec spec) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double step = Double.POSITIVE_INFINITY;
        for (FigureSeries s : spec.series()) {
            for (int i = 0; i < s.size(); i++) {
                minX = Math.min(minX, s.x()[i]);
                maxX = Math.max(maxX, s.x()[i]);
                if (i > 0) {
                    step = Math.min(step, s.x()[i] - s.x()[i - 1]);
                }
            }
        }
        if (!Double.isFinite(step) || step <= 0) {
            step = 1;
        }
        double span = Math.max(maxX - minX, 1);
        double tick = niceTick(span / 10.0);
        // Half a period of room at each end; a whole one for very short spans, where the axis would otherwise
        // have only unlabeled ticks at the half periods and hide the single labeled one between them.
        double pad = span <= 3 ? 1 : step / 2;
        return new double[] {minX - pad, maxX + pad, tick};
    }

    /** The line chart; the runs of lines too long to draw whole go to {@code thinnedRuns}, still empty. */
    static LineChart<Number, Number> lineChart(FigureSpec spec, List<LineRun> thinnedRuns) {
        double[] bounds = xAxisBounds(spec);
        NumberAxis x = new NumberAxis(bounds[0], bounds[1], bounds[2]);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(WHOLE_NUMBERS);
        x.setLabel(spec.xLabel());
        AxisScale left = spec.axes().left();
        NumberAxis y = left != null ? new NumberAxis(left.min(), left.max(), left.step()) : new NumberAxis();
        noNegativeZero(y);
        y.setAutoRanging(left == null);
        y.setForceZeroInRange(includesZero(spec));
        y.setLabel(spec.yAxisLabel());
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        stillAxes(chart);
        chart.setLegendVisible(false);
        // Markers on a thinned line would mark arbitrary points, and a few thousand styled nodes cost most of a
        // redraw: a chart with a line too long to draw whole shows lines only.
        boolean thinned = spec.series().stream().anyMatch(s -> s.size() > MAX_LINE_POINTS);
        chart.setCreateSymbols(!thinned);
        chart.setHorizontalZeroLineVisible(true);
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            if (spec.onRight(s)) {
                // Drawn in the left axis' units at the height its value has on the right axis.
                s = onLeftScale(s, spec.axes().right(), left);
            }
            String color = ChartPalette.colour(k);
            boolean dense = dense(s);
            for (int[] seg : s.segments()) {
                XYChart.Series<Number, Number> part = new XYChart.Series<>();
                part.setName(s.label());
                if (thinned) {
                    thinnedRuns.add(new LineRun(s, seg[0], seg[1], part));
                } else {
                    List<XYChart.Data<Number, Number>> points = new ArrayList<>();
                    for (int i = seg[0]; i <= seg[1]; i++) {
                        points.add(new XYChart.Data<>(s.x()[i], s.y()[i]));
                    }
                    part.getData().setAll(points);
                }
                chart.getData().add(part);
                if (part.getNode() != null) {
                    part.getNode().setStyle("-fx-stroke: " + color + "; -fx-stroke-width: " + (thinned ? 1.5 : 2.5)
                            + "px;");
                }
                boolean lone = seg[0] == seg[1];
                for (XYChart.Data<Number, Number> d : part.getData()) {
                    styleSymbol(d, color, dense && !lone, lone);
                }
            }
        }
        return chart;
    }

    /** {@code s} with each value moved from the {@code right} axis to the same height on {@code left}. */
    static FigureSeries onLeftScale(FigureSeries s, AxisScale right, AxisScale left) {
        double[] y = new double[s.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Double.isNaN(s.y()[i]) ? Double.NaN : right.onto(left, s.y()[i]);
        }
        return new FigureSeries(s.name(), s.label(), s.periods(), s.x(), y);
    }

    /** The right value axis, standing alone beside the chart. */
    static NumberAxis rightAxis(FigureSpec spec) {
        AxisScale r = spec.axes().right();
        NumberAxis axis = new NumberAxis(r.min(), r.max(), r.step());
        axis.setSide(Side.RIGHT);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        axis.setLabel(spec.axes().rightLabel());
        axis.getStyleClass().add("right-axis");
        noNegativeZero(axis);
        return axis;
    }

    // ---- scatter ----

    /** Points at (x, y) in each series' colour, no lines; each fitted line dashed in its series' colour. */
    static LineChart<Number, Number> scatterChart(FigureSpec spec) {
        AxisScale xs = spec.axes().x();
        AxisScale ys = spec.axes().left();
        NumberAxis x = new NumberAxis(xs.min(), xs.max(), xs.step());
        noNegativeZero(x);
        x.setMinorTickVisible(false);
        x.setLabel(spec.xLabel());
        NumberAxis y = new NumberAxis(ys.min(), ys.max(), ys.step());
        noNegativeZero(y);
        y.setMinorTickVisible(false);
        y.setLabel(spec.yAxisLabel());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        stillAxes(chart);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.setCreateSymbols(true);
        chart.setHorizontalZeroLineVisible(true);
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            String color = ChartPalette.colour(k);
            XYChart.Series<Number, Number> points = new XYChart.Series<>();
            points.setName(s.label());
            for (int i = 0; i < s.size(); i++) {
                if (!Double.isNaN(s.y()[i])) {
                    points.getData().add(new XYChart.Data<>(s.x()[i], s.y()[i]));
                }
            }
            chart.getData().add(points);
            if (points.getNode() != null) {
                points.getNode().setStyle("-fx-stroke: transparent;");
            }
            for (XYChart.Data<Number, Number> d : points.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: " + color + "; -fx-background-radius: 5px;"
                            + " -fx-padding: 3.5px; -fx-opacity: 0.85;");
                }
            }
        }
        for (FittedLine f : spec.fits()) {
            int k = indexOf(spec, f.series());
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(f.legend());
            line.getData().add(new XYChart.Data<>(f.xMin(), f.at(f.xMin())));
            line.getData().add(new XYChart.Data<>(f.xMax(), f.at(f.xMax())));
            chart.getData().add(line);
            if (line.getNode() != null) {
                line.getNode().setStyle("-fx-stroke: " + ChartPalette.colour(k) + "; -fx-stroke-width: 2px;"
                        + " -fx-stroke-dash-array: 8 5;");
            }
            for (XYChart.Data<Number, Number> d : line.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: transparent; -fx-padding: 0;");
                }
            }
        }
        return chart;
    }

    private static int indexOf(FigureSpec spec, String series) {
        for (int k = 0; k < spec.series().size(); k++) {
            if (spec.series().get(k).name().equals(series)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Whether a line chart's value axis reaches down (or up) to zero. The paper's figures do, as the paper draws
     * them; a chart of any variables and the regression's actual-vs-fitted chart scale to their values, as the
     * SVG export does, since a log series near 11 drawn from zero is a flat line.
     */
    static boolean includesZero(FigureSpec spec) {
        return !spec.id().equals("general") && !spec.id().equals("ols");
    }

    /** Whether a line of {@code s} is drawn without its points marked inside a run (many points). */
    public static boolean dense(FigureSeries s) {
        return s.size() > DENSE;
    }

    /** A point's marker: invisible inside a dense line, a ringed dot otherwise (larger for a lone value). */
    public static void styleSymbol(XYChart.Data<Number, Number> d, String color, boolean hidden, boolean lone) {
        if (d.getNode() == null) {
            return;
        }
        if (hidden) {
            d.getNode().setStyle("-fx-background-color: transparent; -fx-padding: 2px;");
        } else {
            d.getNode().setStyle("-fx-background-color: " + color + ", white; -fx-background-insets: 0, 2;"
                    + " -fx-background-radius: 6px; -fx-padding: " + (lone ? "5px" : "4px") + ";");
        }
    }

    // ---- bars ----

    static BarChart<String, Number> barChart(FigureSpec spec) {
        List<String> periods = spec.periods();
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(periods));
        x.setAutoRanging(false);
        x.setLabel(spec.xLabel());
        // The axis itself skips labels that would overlap when there are many periods.
        NumberAxis y = new NumberAxis();
        noNegativeZero(y);
        y.setLabel(spec.yAxisLabel());
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        stillAxes(chart);
        chart.setLegendVisible(false);
        chart.setHorizontalZeroLineVisible(true);
        chart.setCategoryGap(periods.size() > 30 ? 1 : 8);
        chart.setBarGap(1);
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(s.label());
            for (int i = 0; i < s.size(); i++) {
                if (!Double.isNaN(s.y()[i])) {
                    bars.getData().add(new XYChart.Data<>(s.periods().get(i), s.y()[i]));
                }
            }
            chart.getData().add(bars);
            String color = ChartPalette.colour(k);
            for (XYChart.Data<String, Number> d : bars.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-bar-fill: " + color + ";");
                }
            }
        }
        return chart;
    }

    // ---- legend ----

    private static FlowPane legend(FigureSpec spec) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("figure-legend");
        for (int k = 0; k < spec.series().size(); k++) {
            Region swatch = new Region();
            String color = ChartPalette.colour(k);
            FigureSeries s = spec.series().get(k);
            if (spec.kind() == FigureKind.SCATTER) {
                swatch.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 5px;");
                swatch.setPrefSize(8, 8);
            } else if (spec.kind() == FigureKind.BAR) {
                swatch.setStyle("-fx-background-color: " + color + ";");
                swatch.setPrefSize(12, 12);
            } else {
                swatch.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 2;");
                swatch.setPrefSize(22, 3);
            }
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            swatch.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            legend.getChildren().add(legendItem(swatch, spec.legendLabel(s)));
            for (FittedLine f : spec.fits()) {
                if (f.series().equals(s.name())) {
                    javafx.scene.shape.Line dash = new javafx.scene.shape.Line(0, 0, 22, 0);
                    dash.setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 2px; -fx-stroke-dash-array: 6 4;");
                    legend.getChildren().add(legendItem(dash, f.legend()));
                }
            }
        }
        return legend;
    }

    private static HBox legendItem(javafx.scene.Node swatch, String text) {
        Text label = new Text(text);
        label.getStyleClass().add("legend-text");
        // In a text flow, whose height comes from the text's layout: a bare Text's bounds, measured before
        // and after its stylesheet font, came out 14 or 15 pixels tall from one drawing to the next.
        HBox item = new HBox(6, swatch, new TextFlow(label));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}; whole years at least. */
    public static double niceTick(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Year ticks as plain integers ("2006", not "2,006"); no label between whole numbers. */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            long r = Math.round(v);
            return Math.abs(v - r) < 1e-9 ? Long.toString(r) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    };

    /**
     * The axis's own tick labels, except that a tick at zero reached by adding tick steps (-1e-17) reads "0.0",
     * not "-0.0".
     */
    private static void noNegativeZero(NumberAxis axis) {
        NumberAxis.DefaultFormatter automatic = new NumberAxis.DefaultFormatter(axis);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                String s = automatic.toString(n);
                return s.matches("-0([.,]0*)?") ? s.substring(1) : s;
            }

            @Override
            public Number fromString(String s) {
                return automatic.fromString(s);
            }
        });
    }

    /**
     * No animation anywhere: an axis animates its range on its own (its {@code animated} is separate from the
     * chart's), so a snapshot taken while the range still moves would depend on timing.
     */
    private static void stillAxes(javafx.scene.chart.XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
    }
}
