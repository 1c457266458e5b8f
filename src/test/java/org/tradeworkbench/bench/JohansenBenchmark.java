package org.tradeworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradeworkbench.core.analysis.cointegration.Johansen;
import org.tradeworkbench.core.analysis.cointegration.JohansenReport;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Johansen's test on six seeded 10,000-point random walks (seeds {@link RandomWalk#SEED} + 0..5), two lagged
 * differences, unrestricted constant (statsmodels' {@code coint_johansen(x, det_order=0, k_ar_diff=2)}): the whole
 * analysis as the Cointegration tab and the {@code johansen} command run it, eigenvalues, both statistics with
 * their critical values, and the VECM at every rank. src/test/reference/johansen_benchmark.py runs this and
 * statsmodels in the same run; {@code main} prints the eigenvalues and trace statistics for that script's check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class JohansenBenchmark {
    public static final int LENGTH = 10_000;
    public static final int VARIABLES = 6;
    public static final int LAGS = 2;

    private Dataset data;
    private JohansenSpec spec;

    @Setup
    public void setUp() {
        data = walks();
        spec = JohansenSpec.of(data.seriesNames(), LAGS);
    }

    static Dataset walks() {
        List<Series> series = new ArrayList<>();
        for (int j = 0; j < VARIABLES; j++) {
            series.add(Series.of("x" + (j + 1), RandomWalk.generate(LENGTH, RandomWalk.SEED + j)));
        }
        return new Dataset("walks", TimeIndex.undated(LENGTH), series);
    }

    @Benchmark
    public JohansenReport sixVariables() {
        return new Johansen().run(spec, data, ProgressReporter.NONE);
    }

    /** The eigenvalues, then the trace statistics, one per line. */
    public static void main(String[] args) {
        JohansenBenchmark b = new JohansenBenchmark();
        b.setUp();
        JohansenReport r = b.sixVariables();
        for (double v : r.eigenvalues()) {
            System.out.println(String.format(Locale.ROOT, "eig %.17g", v));
        }
        for (double v : r.trace()) {
            System.out.println(String.format(Locale.ROOT, "trace %.17g", v));
        }
    }
}
