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
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsDiagnostics;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * OLS on 1,000,000 rows and 10 coefficients (a constant and 9 seeded Gaussian regressors): the estimation with
 * every coefficient and fit statistic (what statsmodels' {@code OLS(y, X).fit()} plus its summary statistics
 * compute), the same with Newey-West standard errors, and the diagnostics (Breusch-Godfrey, Breusch-Pagan, White
 * with 55 auxiliary regressors, Jarque-Bera, RESET). Run as described in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class OlsBenchmark {
    private static final int ROWS = 1_000_000;
    private static final int REGRESSORS = 9;

    private double[] y;
    private List<String> names;
    private List<double[]> columns;
    private OlsResult fitted;

    @Setup
    public void setUp() {
        Random rnd = new Random(20240607L);
        names = new ArrayList<>();
        columns = new ArrayList<>();
        for (int j = 0; j < REGRESSORS; j++) {
            double[] c = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                c[i] = rnd.nextGaussian() * (j + 1);
            }
            names.add("x" + (j + 1));
            columns.add(c);
        }
        y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double v = 1 + rnd.nextGaussian();
            for (int j = 0; j < REGRESSORS; j++) {
                v += (j - 4) * 0.1 * columns.get(j)[i];
            }
            y[i] = v;
        }
        fitted = Ols.fit("y", y, names, columns, OlsOptions.DEFAULT);
    }

    /** Coefficients, standard errors, t, p, intervals, R², F, log-likelihood, AIC, BIC, Durbin-Watson. */
    @Benchmark
    public OlsResult fitWithStatistics() {
        return Ols.fit("y", y, names, columns, OlsOptions.DEFAULT);
    }

    @Benchmark
    public OlsResult fitWithNeweyWest() {
        return Ols.fit("y", y, names, columns, OlsOptions.DEFAULT.withCovariance(CovarianceType.HAC, 10));
    }

    @Benchmark
    public OlsDiagnostics diagnostics() {
        return OlsDiagnostics.of(fitted);
    }
}
