package org.tradeworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The desktop app's response times, measured in the running app (the real {@link WorkbenchApp} on a stage of the
 * headless Monocle toolkit with software rendering): each case changes something on the FX thread and stops the
 * clock in the first pulse, after CSS and layout, in which the screen shows the change (a post-layout pulse
 * listener checks the shown nodes). Prints the median and the range of each case. A plain main (the FX thread
 * does not suit JMH); see docs/performance.md for the command line.
 * <ul>
 *   <li>{@code toggle}: untick and tick a regressor of a model of PATENT on the sample data, as discrete clicks
 *       half a second apart, until the coefficient table shows the row appear or go;</li>
 *   <li>{@code grid}: load a 1,000,000-row, 10-column dataset until the grid shows its first rows, then jump to
 *       random rows ({@code scrollTo}) until the row is on screen;</li>
 *   <li>{@code chart}: the general chart of a 1,000,000-point series, switching between two such series until the
 *       chart shows the other one, then zooming to random ranges until the axis shows them.</li>
 * </ul>
 * Arguments: {@code [--case toggle|grid|chart] [--repeat N] [--rows N]}.
 */
public final class UiBenchmark {
    private static final long TIMEOUT_SECONDS = 120;
    /** The regressor the toggle case ticks and unticks (PATENT on it, FDIGDP and US ATP exports). */
    private static final String TOGGLED = "us_goods_exports_china_musd";

    private Stage stage;
    private WorkbenchApp app;
    private int repeat = 15;
    private int rows = 1_000_000;
    /** The data the app opened with. */
    private Dataset sample;

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> cases = new ArrayList<>();
        UiBenchmark b = new UiBenchmark();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--case" -> cases.add(args[++i]);
                case "--repeat" -> b.repeat = Integer.parseInt(args[++i]);
                case "--rows" -> b.rows = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--case toggle|grid|chart, --repeat N, --rows N)");
            }
        }
        if (cases.isEmpty()) {
            cases.addAll(List.of("toggle", "grid", "chart"));
        }
        headless();
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        b.open();
        for (String c : cases) {
            switch (c) {
                case "toggle" -> b.toggle();
                case "grid" -> b.grid();
                case "chart" -> b.chart();
                default -> throw new IllegalArgumentException("unknown case " + c);
            }
        }
        onFx(() -> {
            b.app.stop();
            b.stage.close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    /** Monocle's headless screen with software rendering, unless the command line chose otherwise. */
    private static void headless() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"},
            {"headless.geometry", "1600x1000-32"}};
        for (String[] d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
    }

    private void open() throws Exception {
        onFx(() -> {
            stage = new Stage();
            app = new WorkbenchApp();
            app.start(stage);
            return null;
        });
        waitUntil(() -> model().dataset().rowCount() > 0, "the sample data to load");
        sample = onFx(() -> model().dataset());
        System.out.printf("app open on %s (%d rows), window %.0f x %.0f%n", model().dataset().name(),
                model().dataset().rowCount(), stage.getWidth(), stage.getHeight());
    }

    private WorkbenchModel model() {
        return app.viewModel().model();
    }

    private Scene scene() {
        return stage.getScene();
    }

    // ---- toggle a regressor ----

    private void toggle() throws Exception {
        onFx(() -> {
            model().load(sample, null);
            return null;
        });
        selectTab("regression");
        waitUntil(() -> scene().lookup("#regPaperModel") != null, "the Regression tab");
        onFx(() -> {
            @SuppressWarnings("unchecked")
            var dependent = (javafx.scene.control.ComboBox<String>) scene().lookup("#regDependent");
            dependent.setValue("PATENT");
            ((CheckBox) scene().lookup("#regToggle-FDIGDP")).setSelected(true);
            ((CheckBox) scene().lookup("#regToggle-us_atp_exports_world_musd")).setSelected(true);
            ((CheckBox) scene().lookup("#regToggle-" + TOGGLED)).setSelected(true);
            return null;
        });
        try {
            waitUntil(() -> shownCoefficient(TOGGLED), "the paper's model to be estimated");
        } catch (IllegalStateException e) {
            System.out.println(onFx(() -> {
                StringBuilder sb = new StringBuilder();
                Node t = scene().lookup("#regCoefficients");
                sb.append("table ").append(t);
                if (t != null) {
                    for (Node n : t.lookupAll(".labeled")) {
                        if (n instanceof Labeled l) {
                            sb.append(" | ").append(l.getStyleClass()).append(' ').append(l.getText());
                        }
                    }
                }
                sb.append(" preset ").append(((Labeled) scene().lookup("#regPresetMessage")).getText());
                sb.append(" message ").append(((Labeled) scene().lookup("#regMessage")).getText());
                return sb.toString();
            }));
            throw e;
        }
        CheckBox box = onFx(() -> (CheckBox) scene().lookup("#regToggle-" + TOGGLED));
        double[] ms = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            Thread.sleep(500);
            boolean willShow = !onFx(box::isSelected);
            ms[r] = timeToPulse(box::fire, () -> shownCoefficient(TOGGLED) == willShow);
        }
        report("toggle a regressor (PATENT on FDIGDP, ATP exports and goods exports to China), click to coefficient table shown", ms);
    }

    /** Whether the coefficient table shows a row for {@code term}. */
    private boolean shownCoefficient(String term) {
        Node table = scene().lookup("#regCoefficients");
        if (table == null) {
            return false;
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof Labeled l && n.isVisible() && term.equals(l.getText())) {
                return true;
            }
        }
        return false;
    }

    // ---- data grid ----

    private void grid() throws Exception {
        Dataset big = bigDataset(rows, 10);
        selectTab("data");
        TableView<?> table = onFx(() -> (TableView<?>) scene().lookup("#dataTable"));
        double[] load = new double[Math.max(3, Math.min(repeat, 5))];
        for (int r = 0; r < load.length; r++) {
            onFx(() -> {
                model().load(sample, null);
                return null;
            });
            Thread.sleep(300);
            load[r] = timeToPulse(() -> model().load(big, null),
                    () -> table.getItems().size() == big.rowCount() && shownRow(table, 0));
        }
        report(String.format("load a %,d x 10 dataset into the grid, to its first rows shown", big.rowCount()),
                load);
        Random random = new Random(RandomWalk.SEED);
        double[] jumps = new double[Math.max(repeat, 30)];
        for (int r = 0; r < jumps.length; r++) {
            int row = random.nextInt(big.rowCount() - 100);
            jumps[r] = timeToPulse(() -> table.scrollTo(row), () -> shownRow(table, row));
        }
        report(String.format("jump to a random row of %,d (scrollTo), to the row shown", big.rowCount()), jumps);
        double[] steps = new double[Math.max(repeat, 30)];
        int[] at = {500_000};
        for (int r = 0; r < steps.length; r++) {
            int row = at[0] += 40;
            steps[r] = timeToPulse(() -> table.scrollTo(row), () -> shownRow(table, row));
        }
        report("scroll down by a page of 40 rows, to the rows shown", steps);
    }

    private static boolean shownRow(TableView<?> table, int row) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.isVisible() && r.getIndex() == row && r.getItem() != null) {
                return true;
            }
        }
        return false;
    }

    private static Dataset bigDataset(int n, int columns) {
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            series.add(Series.of("walk_" + (c + 1), RandomWalk.generate(n, RandomWalk.SEED + c)));
        }
        return new Dataset("walks", TimeIndex.undated(n), series);
    }

    // ---- chart ----

    private void chart() throws Exception {
        Dataset big = bigDataset(rows, 2);
        onFx(() -> {
            model().load(big, null);
            return null;
        });
        selectTab("figures");
        waitUntil(() -> scene().lookup("#figurePicker") != null || scene().lookup(".chart") != null
                || scene().lookup("#figure-empty-state") != null, "the Figures tab");
        onFx(() -> {
            @SuppressWarnings("unchecked")
            var picker = (javafx.scene.control.ComboBox<Object>) scene().lookup("#figurePicker");
            picker.getSelectionModel().selectLast();
            return null;
        });
        double[] ms = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            String name = r % 2 == 0 ? "walk_2" : "walk_1";
            Thread.sleep(200);
            ms[r] = timeToPulse(() -> model().selectedVariables().setAll(name), () -> chartShows(name));
        }
        report(String.format("general chart of a %,d-point series: other series selected, to the chart shown",
                big.rowCount()), ms);
        ChartZoom zoom = new ChartZoom(this);
        if (zoom.available()) {
            Random random = new Random(RandomWalk.SEED);
            double[] z = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                double a = random.nextDouble() * big.rowCount() * 0.9;
                double width = big.rowCount() * Math.pow(10, -1 - 4 * random.nextDouble());
                z[r] = timeToPulse(() -> zoom.to(a, a + width), () -> zoom.shows(a, a + width));
            }
            report("zoom the chart to a random range, to the chart shown", z);
        } else {
            System.out.println("zoom: the chart has no zoom");
        }
    }

    /** Whether the Figures tab shows a line chart of {@code series}. */
    private boolean chartShows(String series) {
        for (Node n : scene().getRoot().lookupAll(".chart")) {
            if (n instanceof javafx.scene.chart.LineChart<?, ?> c && c.isVisible() && c.getScene() != null
                    && !c.getData().isEmpty() && series.equals(c.getData().get(0).getName())
                    && c.getData().get(0).getNode() != null) {
                return true;
            }
        }
        return false;
    }

    Scene sceneForZoom() {
        return scene();
    }

    // ---- plumbing ----

    private void selectTab(String id) throws Exception {
        onFx(() -> {
            for (Tab t : app.view().tabs().getTabs()) {
                if (("tab-" + id).equals(t.getId())) {
                    app.view().tabs().getSelectionModel().select(t);
                    return null;
                }
            }
            throw new IllegalStateException("no tab " + id);
        });
    }

    /**
     * Runs {@code change} on the FX thread and returns the milliseconds from just before it to the end of the
     * layout of the first pulse in which {@code shown} holds.
     */
    private double timeToPulse(Runnable change, BooleanSupplier shown) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        long[] start = new long[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done.isDone() && shown.getAsBoolean()) {
                done.complete((System.nanoTime() - start[0]) / 1e6);
                Platform.runLater(() -> scene().removePostLayoutPulseListener(listener[0]));
            }
        };
        Platform.runLater(() -> {
            scene().addPostLayoutPulseListener(listener[0]);
            start[0] = System.nanoTime();
            change.run();
            // Make sure a pulse follows even if the change alone would not ask for one.
            Platform.requestNextPulse();
        });
        return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        System.out.printf("%s: median %.1f ms (min %.1f, max %.1f, %d runs)%n", what, median, s[0], s[s.length - 1],
                s.length);
    }
}
