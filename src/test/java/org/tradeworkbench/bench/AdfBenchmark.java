package org.tradeworkbench.bench;

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
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/**
 * ADF with a constant and lags chosen by AIC among 0..68 (statsmodels' default maximum for this length) on a
 * seeded 100,000-point Gaussian random walk: the case statsmodels' {@code adfuller(x, autolag="AIC")} takes about
 * 16 s for. Run: {@code mvn -o -q test-compile} then JMH's main on the test classpath (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AdfBenchmark {
    private double[] walk;

    @Setup
    public void setUp() {
        walk = RandomWalk.generate(100_000, RandomWalk.SEED);
    }

    @Benchmark
    public AdfResult autolagAic() {
        return Adf.test(walk, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.AIC, null));
    }

    @Benchmark
    public AdfResult autolagTStat() {
        return Adf.test(walk, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.T_STAT, null));
    }
}
