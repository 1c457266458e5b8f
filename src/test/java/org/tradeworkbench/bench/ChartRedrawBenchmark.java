package org.tradeworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.ui.charts.ChartFactory;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;

/**
 * Redraw of a line chart of a 1,000,000-point series (monthly periods of the seeded random walk): building the
 * chart from its spec, laying it out and rendering it at 1200 x 700, on the FX thread, median of 7 after 3
 * warm-ups. A plain main (the FX thread does not suit JMH); run headless with the test classpath and
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} (see docs/performance.md).
 * Optional argument: the number of points (default 1,000,000).
 */
public final class ChartRedrawBenchmark {
    private ChartRedrawBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double[] y = RandomWalk.generate(n, RandomWalk.SEED);
        double[] x = new double[n];
        List<String> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x[i] = 1000 + i / 12.0;
            periods.add(Integer.toString(i));
        }
        FigureSpec spec = new FigureSpec("general", "walk", "Random walk", "", "year", "value", "", FigureKind.LINE,
                List.of(new FigureSeries("walk", "walk", periods, x, y)), "", null);
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(60, TimeUnit.SECONDS);
        double[] ms = new double[7];
        for (int r = -3; r < ms.length; r++) {
            CompletableFuture<Double> t = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                ImageExport.render(() -> ChartFactory.create(spec), new ImageSize(1200, 700, 1));
                t.complete((System.nanoTime() - t0) / 1e6);
            });
            double v = t.get(10, TimeUnit.MINUTES);
            if (r >= 0) {
                ms[r] = v;
            }
        }
        Arrays.sort(ms);
        System.out.printf("chart redraw, %d points: median %.1f ms (min %.1f, max %.1f)%n", n, ms[3], ms[0], ms[6]);
        Platform.exit();
    }
}
