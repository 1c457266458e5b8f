package org.tradeworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.tradeworkbench.core.analysis.var.IrfAnalysis;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfReport;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Bootstrap bands of orthogonalised impulse responses (horizon 10) of a 6-variable VAR(8) with a constant on
 * n = 2,000 seeded observations of a stable VAR(1), 1,000 draws on all cores; the statsmodels side is
 * src/test/reference/var_bootstrap_statsmodels.py (the same model, sizes and data-generating process). Run as
 * described in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class VarBootstrapBenchmark {
    static final int K = 6;
    static final int N = 2000;
    static final int P = 8;
    static final int DRAWS = 1000;

    private Dataset data;
    private IrfSpec spec;

    @Setup
    public void setUp() {
        data = simulate(new Random(20261206L));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < K; i++) {
            names.add("y" + (i + 1));
        }
        spec = new IrfSpec(new VarModel(names, P, VarTrend.CONSTANT, List.of()), IrfKind.ORTHOGONALISED, List.of(),
                10, IrfBands.BOOTSTRAP, DRAWS, 1, 0.95);
    }

    static Dataset simulate(Random rnd) {
        double[][] y = new double[N + 100][K];
        for (int t = 1; t < N + 100; t++) {
            for (int i = 0; i < K; i++) {
                double v = 0.1 + rnd.nextGaussian();
                for (int j = 0; j < K; j++) {
                    v += (i == j ? 0.5 : 0.05) * y[t - 1][j];
                }
                y[t][i] = v;
            }
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < K; i++) {
            double[] c = new double[N];
            for (int t = 0; t < N; t++) {
                c[t] = y[t + 100][i];
            }
            series.add(Series.of("y" + (i + 1), c));
        }
        return new Dataset("var-bench", TimeIndex.undated(N), series);
    }

    @Benchmark
    public IrfReport bootstrapBands() {
        return new IrfAnalysis().run(spec, data, ProgressReporter.NONE);
    }
}
