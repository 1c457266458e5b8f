package org.tradeworkbench.bench;

import java.util.List;
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
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * One re-run of each analysis tab on the bundled sample data, as the tab's background work does it: cut the data
 * to the sample (2004..2018), re-evaluate the generated series, run the tests and build the tables (and, for the
 * regression, the diagnostics and the chart specs). Target: well under 100 ms each. Measured (JMH average, 2
 * cores shared with a load average of ~10): stationarity 2.7 ms, regression 4.8 ms, causality 2.9 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class PanelRerunBenchmark {
    private static final List<String> VARIABLES = List.of("PATENT", "FDIGDP", "us_atp_exports_world_musd",
            "us_goods_exports_china_musd");

    private Dataset data;
    private SampleRange sample;

    @Setup
    public void setUp() throws Exception {
        data = PaperData.withPaperVariables(PaperData.bundledSample());
        sample = new SampleRange(Period.annual(2004), Period.annual(2018));
    }

    private Dataset cut() {
        return Expressions.refresh(sample.apply(data));
    }

    /** Four variables, smallest rejecting difference, lags by AIC, KPSS beside. */
    @Benchmark
    public ResultTable stationarity() {
        StationaritySpec s = new StationaritySpec(VARIABLES, UnitRootKind.ADF, UnitRootTrend.CONSTANT,
                DifferenceChoice.SMALLEST, LagChoice.AIC, 0, null, true);
        return new StationarityAnalysis().run(s, cut(), ProgressReporter.NONE).table();
    }

    /** PATENT on its lag and three regressors, HC1, with every diagnostic and both chart specs. */
    @Benchmark
    public RegressionReport regression() {
        RegressionSpec spec = new RegressionSpec("PATENT", 1, List.of(new ModelTerms.Regressor("FDIGDP", 0),
                new ModelTerms.Regressor("us_atp_exports_world_musd", 0),
                new ModelTerms.Regressor("us_goods_exports_china_musd", 0)), true, CovarianceType.HC1, -1, 1);
        return new RegressionAnalysis().run(spec, cut(), ProgressReporter.NONE);
    }

    /** Four variables: six pairs, both directions, every lag order 1..2. */
    @Benchmark
    public ResultTable causality() {
        return new CausalityAnalysis().run(new CausalitySpec(VARIABLES, 2, true), cut(), ProgressReporter.NONE).table();
    }
}
