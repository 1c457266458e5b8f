package org.tradeworkbench.bench;

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
import org.tradeworkbench.core.bench.RandomWalk;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrews;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsResult;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsSpec;

/**
 * Zivot-Andrews on a seeded 10,000-point Gaussian random walk, every break date between the default trimmed
 * ends (7,000 regressions): lags by AIC among 0..38 (adfuller's default maximum), and statsmodels' default fixed
 * 37 lags with a break in the intercept and in both. src/test/reference/zivot_andrews_benchmark.py runs this and
 * statsmodels' {@code zivot_andrews} on the same walk in the same run; {@code main} prints each case's result
 * for that script's check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ZivotAndrewsBenchmark {
    public static final int LENGTH = 10_000;

    private double[] walk;

    @Setup
    public void setUp() {
        walk = RandomWalk.generate(LENGTH, RandomWalk.SEED);
    }

    @Benchmark
    public ZivotAndrewsResult interceptAic() {
        return ZivotAndrews.test(walk, interceptAicSpec());
    }

    @Benchmark
    public ZivotAndrewsResult interceptDefaultLags() {
        return ZivotAndrews.test(walk, ZivotAndrewsSpec.defaultLags(ZivotAndrewsBreak.INTERCEPT));
    }

    @Benchmark
    public ZivotAndrewsResult bothDefaultLags() {
        return ZivotAndrews.test(walk, ZivotAndrewsSpec.defaultLags(ZivotAndrewsBreak.BOTH));
    }

    private static ZivotAndrewsSpec interceptAicSpec() {
        return ZivotAndrewsSpec.autoLag(ZivotAndrewsBreak.INTERCEPT, LagCriterion.AIC, null);
    }

    /** One line per case: name, statistic, p-value, lags, break index. */
    public static void main(String[] args) {
        ZivotAndrewsBenchmark b = new ZivotAndrewsBenchmark();
        b.setUp();
        print("interceptAic", b.interceptAic());
        print("interceptDefaultLags", b.interceptDefaultLags());
        print("bothDefaultLags", b.bothDefaultLags());
    }

    private static void print(String name, ZivotAndrewsResult r) {
        System.out.println(String.format(Locale.ROOT, "%s %.17g %.17g %d %d", name, r.statistic(), r.pValue(),
                r.lags(), r.breakIndex()));
    }
}
