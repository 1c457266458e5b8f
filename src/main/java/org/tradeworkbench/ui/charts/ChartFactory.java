package org.tradeworkbench.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tradeworkbench.core.figures.Downsampler;
import org.tradeworkbench.core.figures.EmptyState;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;

/**
 * Turns a {@link FigureSpec} into JavaFX nodes. The single renderer: the Figures tab shows what it returns and the
 * {@code figure} command and image export snapshot a fresh copy of the same node. Lines break at missing values
 * (each run of present values is its own line segment; a lone value is a dot), bars are simply absent; nothing
 * is interpolated. Must be called on the FX thread.
 */
public final class ChartFactory {
    private ChartFactory() {
    }

    /** The style sheet every figure node carries, so a node renders the same in any scene. */
    public static final String STYLESHEET =
            ChartFactory.class.getResource("/org/tradeworkbench/ui/charts/charts.css").toExternalForm();

    /** Series colours (Okabe–Ito, distinguishable with colour-vision deficiencies and in grey print). */
    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#7F7F7F", "#000000");

    /** Above this many points in a series, points inside a line are not marked (isolated values still are). */
    private static final int DENSE = 40;
    /**
     * Points drawn per line run at most: two per pixel column of a 1,000-pixel plot; a line with more points is
     * thinned by {@link Downsampler} to the visible range, and {@link ChartZoom} draws it again on every zoom.
     */
    static final int MAX_LINE_POINTS = 2_000;

    /** The whole figure: title, subtitle, chart, legend and source note; or the empty state. */
    public static Region create(FigureSpec spec) {
        if (spec.isEmpty()) {
            return emptyState(spec);
        }
        VBox box = new VBox();
        box.getStyleClass().add("figure");
        box.getStylesheets().add(STYLESHEET);
        Label title = wrapped(spec.title(), "figure-title");
        box.getChildren().add(title);
        if (!spec.subtitle().isBlank()) {
            box.getChildren().add(wrapped(spec.subtitle(), "figure-subtitle"));
        }
        XYChart<?, ?> chart = spec.kind() == FigureKind.BAR ? barChart(spec) : lineChart(spec);
        chart.setMinHeight(120);
        Region shown = chart;
        ChartZoom zoom = ChartZoom.of(chart);
        if (zoom != null) {
            shown = zoomable(chart, zoom);
        }
        VBox.setVgrow(shown, Priority.ALWAYS);
        box.getChildren().add(shown);
        box.getChildren().add(legend(spec));
        if (!spec.sourceNote().isBlank()) {
            box.getChildren().add(wrapped(spec.sourceNote(), "figure-source"));
        }
        return box;
    }

    /** What a figure without data shows: which series it needs and how to load them. */
    public static Region emptyState(FigureSpec spec) {
        EmptyState e = spec.emptyState();
        VBox box = new VBox();
        box.getStyleClass().add("figure-empty");
        box.getStylesheets().add(STYLESHEET);
        Label title = wrapped(spec.title(), "figure-title");
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

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The chart with the zoom's selection rectangle over it and a button back to the whole range. */
    private static Region zoomable(XYChart<?, ?> chart, ChartZoom zoom) {
        javafx.scene.control.Button reset = new javafx.scene.control.Button("Whole range");
        reset.getStyleClass().add("zoom-reset");
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> zoom.reset());
        reset.visibleProperty().bind(zoom.zoomedProperty());
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(chart, zoom.selection(), reset);
        javafx.scene.layout.StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        holder.setMinHeight(120);
        javafx.scene.control.Tooltip.install(chart, new javafx.scene.control.Tooltip(
                "Drag across the plot or turn the mouse wheel to zoom; double-click for the whole range"));
        return holder;
    }

    // ---- lines ----

    /** The x axis of a line chart of {@code spec}: lower and upper bound and tick unit. */
    static double[] xAxisBounds(FigureSpec spec) {
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

    static LineChart<Number, Number> lineChart(FigureSpec spec) {
        double[] bounds = xAxisBounds(spec);
        NumberAxis x = new NumberAxis(bounds[0], bounds[1], bounds[2]);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(WHOLE_NUMBERS);
        x.setLabel(spec.xLabel());
        NumberAxis y = new NumberAxis();
        y.setAutoRanging(true);
        y.setForceZeroInRange(includesZero(spec));
        y.setLabel(spec.yAxisLabel());
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        // Markers on a thinned line would mark arbitrary points, and a few thousand styled nodes cost most of a
        // redraw: a chart with a line too long to draw whole shows lines only.
        boolean thinned = spec.series().stream().anyMatch(s -> s.size() > MAX_LINE_POINTS);
        chart.setCreateSymbols(!thinned);
        chart.setHorizontalZeroLineVisible(true);
        List<ChartZoom.Run> runs = new ArrayList<>();
        for (int k = 0; k < spec.series().size(); k++) {
            FigureSeries s = spec.series().get(k);
            String color = color(k);
            boolean dense = dense(s);
            for (int[] seg : s.segments()) {
                XYChart.Series<Number, Number> part = new XYChart.Series<>();
                part.setName(s.label());
                if (thinned) {
                    // Drawn by the zoom: thinned to the shape of the visible range, every value once zoomed in.
                    runs.add(new ChartZoom.Run(s, seg[0], seg[1], part));
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
        if (thinned) {
            ChartZoom.install(chart, runs);
        }
        return chart;
    }

    /** Whether a line of {@code s} is drawn with its points marked as dots inside a run (few points). */
    /**
     * Whether a line chart's value axis reaches down (or up) to zero. The paper's figures do, as the paper draws
     * them; a chart of any variables and the regression's actual-vs-fitted chart scale to their values, as the
     * SVG export does, since a log series near 11 drawn from zero is a flat line.
     */
    static boolean includesZero(FigureSpec spec) {
        return !spec.id().equals("general") && !spec.id().equals("ols");
    }

    static boolean dense(FigureSeries s) {
        return s.size() > DENSE;
    }

    /** A point's marker: invisible inside a dense line, a ringed dot otherwise (larger for a lone value). */
    static void styleSymbol(XYChart.Data<Number, Number> d, String color, boolean hidden, boolean lone) {
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
        y.setLabel(spec.yAxisLabel());
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
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
            String color = color(k);
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
            String color = color(k);
            if (spec.kind() == FigureKind.BAR) {
                swatch.setStyle("-fx-background-color: " + color + ";");
                swatch.setPrefSize(12, 12);
            } else {
                swatch.setStyle("-fx-background-color: " + color + "; -fx-background-radius: 2;");
                swatch.setPrefSize(22, 3);
            }
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            swatch.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            HBox item = new HBox(6, swatch, new Label(spec.series().get(k).label()));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }

    static String color(int k) {
        return PALETTE.get(k % PALETTE.size());
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}; whole years at least. */
    static double niceTick(double raw) {
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

    /** The figure's numbers as tab-separated text (period, then one column per series), for the clipboard. */
    public static String asText(FigureSpec spec) {
        StringBuilder sb = new StringBuilder(spec.title()).append('\n');
        if (spec.isEmpty()) {
            return sb.append(spec.emptyState().message()).append('\n').toString();
        }
        List<String> periods = spec.periods();
        sb.append(spec.xLabel().isBlank() ? "Period" : spec.xLabel());
        List<Map<String, Double>> byPeriod = new ArrayList<>();
        for (FigureSeries s : spec.series()) {
            sb.append('\t').append(s.label());
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                m.put(s.periods().get(i), s.y()[i]);
            }
            byPeriod.add(m);
        }
        sb.append('\n');
        for (String p : periods) {
            sb.append(p);
            for (Map<String, Double> m : byPeriod) {
                Double v = m.get(p);
                sb.append('\t').append(v == null || Double.isNaN(v) ? "NA" : formatPlain(v));
            }
            sb.append('\n');
        }
        if (!spec.yUnit().isBlank()) {
            sb.append("Unit: ").append(spec.yUnit()).append('\n');
        }
        if (!spec.sourceNote().isBlank()) {
            sb.append(spec.sourceNote()).append('\n');
        }
        return sb.toString();
    }

    private static String formatPlain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = java.math.BigDecimal.valueOf(v).toString();
        return s.contains("E") ? Double.toString(v) : s;
    }
}
