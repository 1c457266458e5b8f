package org.tradeworkbench.core.analysis.cointegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.task.ProgressReporter;

/** Phillips-Ouliaris: invariances the statistics must have, the report's contents and refusals of bad input. */
class PhillipsOuliarisTest {

    private static Dataset data(double[]... cols) {
        List<Series> s = new ArrayList<>();
        for (int j = 0; j < cols.length; j++) {
            s.add(Series.of("v" + j, cols[j]));
        }
        return new Dataset("t", TimeIndex.undated(cols[0].length), s);
    }

    private static double[][] walks(long seed, int n, int m) {
        Random r = new Random(seed);
        double[][] x = new double[m][n];
        for (int j = 0; j < m; j++) {
            for (int t = 1; t < n; t++) {
                x[j][t] = x[j][t - 1] + r.nextGaussian();
            }
        }
        return x;
    }

    private static PhillipsOuliarisReport run(PhillipsOuliarisSpec spec, Dataset d) {
        return new PhillipsOuliaris().run(spec, d, ProgressReporter.NONE);
    }

    private static List<String> vars(int m) {
        List<String> v = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            v.add("v" + j);
        }
        return v;
    }

    static Stream<Object[]> seeds() {
        return IntStream.range(0, 24).mapToObj(i -> new Object[] {1000L + i,
                PhillipsOuliarisDemean.values()[i % 3], PhillipsOuliarisLag.values()[(i / 3) % 2], 2 + i % 5});
    }

    /** Pz is invariant to the order of the variables; with a constant (trend) to shifting them (adding a line). */
    @ParameterizedTest
    @MethodSource("seeds")
    void pzIsInvariantToOrderAndToTheDeterministicTermsItRemoves(long seed, PhillipsOuliarisDemean demean,
                                                                PhillipsOuliarisLag lag, int m) {
        double[][] x = walks(seed, 60 + (int) (seed % 50), m);
        PhillipsOuliarisSpec spec = new PhillipsOuliarisSpec(vars(m), PhillipsOuliarisType.PZ, demean, lag, null);
        double base = run(spec, data(x)).statistic();
        double[][] reversed = new double[m][];
        for (int j = 0; j < m; j++) {
            reversed[j] = x[m - 1 - j];
        }
        assertThat(run(spec, data(reversed)).statistic()).isCloseTo(base, org.assertj.core.data.Offset.offset(
                1e-9 * base));
        if (demean != PhillipsOuliarisDemean.NONE) {
            double[][] shifted = new double[m][x[0].length];
            for (int j = 0; j < m; j++) {
                for (int t = 0; t < x[0].length; t++) {
                    shifted[j][t] = x[j][t] + 50 * (j + 1) + (demean == PhillipsOuliarisDemean.TREND ? 0.7 * t : 0);
                }
            }
            assertThat(run(spec, data(shifted)).statistic()).isCloseTo(base, org.assertj.core.data.Offset.offset(
                    1e-7 * base));
        }
    }

    @Test
    void aCointegratedPairIsFoundAndIndependentWalksAreNot() {
        double[][] x = walks(7, 300, 2);
        Random r = new Random(8);
        double[] y = new double[300];
        for (int t = 0; t < 300; t++) {
            y[t] = 2 + 0.5 * x[0][t] + 0.3 * r.nextGaussian();
        }
        for (PhillipsOuliarisType type : PhillipsOuliarisType.values()) {
            PhillipsOuliarisSpec spec = new PhillipsOuliarisSpec(List.of("v0", "v1"), type,
                    PhillipsOuliarisDemean.CONSTANT, PhillipsOuliarisLag.SHORT, null);
            PhillipsOuliarisReport co = run(spec, data(y, x[0]));
            assertThat(co.cointegratedAt5()).as(type.code()).isTrue();
            assertThat(co.verdict()).isEqualTo("cointegrated");
            assertThat(run(spec, data(x[0], x[1])).cointegratedAt5()).as(type.code()).isFalse();
        }
    }

    @Test
    void theReportCarriesTheStatisticCriticalValuesWithTheirSourceAndTheRegression() {
        double[][] x = walks(3, 80, 3);
        PhillipsOuliarisReport r = run(new PhillipsOuliarisSpec(vars(3), PhillipsOuliarisType.PU,
                PhillipsOuliarisDemean.TREND, PhillipsOuliarisLag.LONG, null), data(x));
        assertThat(r.nobs()).isEqualTo(79);
        assertThat(r.lags()).isEqualTo((int) (12 * Math.pow(0.79, 0.25)));
        assertThat(r.criticalValues()).containsExactly(46.1061, 53.8300, 69.2629);
        assertThat(r.criticalValueSource()).endsWith("Table Ic");
        assertThat(r.regression().regressors()).containsExactly("v1", "v2", "const", "trend");
        var json = r.toJson();
        assertThat(json).containsKeys("statistic", "critical_values", "type", "lags", "nobs", "verdict");
        assertThat(json.get("type")).isEqualTo("Pu");
        assertThat(r.tables()).hasSize(2);
        assertThat(org.tradeworkbench.core.report.TextTableWriter.write(r)).doesNotContain("NaN").contains("Pu statistic");
        PhillipsOuliarisReport z = run(new PhillipsOuliarisSpec(vars(3), PhillipsOuliarisType.PZ,
                PhillipsOuliarisDemean.CONSTANT, PhillipsOuliarisLag.SHORT, null), data(x));
        assertThat(z.criticalValueSource()).endsWith("Table IIb");
        assertThat(z.tables()).hasSize(1);
        assertThat(z.toJson()).doesNotContainKey("cointegrating_regression");
    }

    @Test
    void badInputIsRefusedNamingTheVariableAndTheReason() {
        double[][] x = walks(5, 40, 2);
        double[] constant = new double[40];
        java.util.Arrays.fill(constant, 3);
        PhillipsOuliarisSpec two = PhillipsOuliarisSpec.of(List.of("v0", "v1"));
        assertThatThrownBy(() -> run(two, data(x[0], constant))).isInstanceOf(DataException.class)
                .hasMessageContaining("\"v1\" is constant");
        double[] twice = new double[40];
        for (int t = 0; t < 40; t++) {
            twice[t] = 2 * x[0][t];
        }
        for (PhillipsOuliarisType type : PhillipsOuliarisType.values()) {
            assertThatThrownBy(() -> run(new PhillipsOuliarisSpec(List.of("v0", "v1"), type,
                    PhillipsOuliarisDemean.CONSTANT, PhillipsOuliarisLag.SHORT, null), data(twice, x[0])))
                    .as(type.code()).isInstanceOf(DataException.class).hasMessageContaining("Phillips-Ouliaris")
                    .hasMessageContaining("v0");
        }
        double[][] shortOnes = walks(6, 5, 3);
        assertThatThrownBy(() -> run(new PhillipsOuliarisSpec(vars(3), PhillipsOuliarisType.PZ,
                PhillipsOuliarisDemean.TREND, PhillipsOuliarisLag.SHORT, null), data(shortOnes)))
                .hasMessageContaining("5 observations of v0, v1, v2").hasMessageContaining("too few")
                .hasMessageContaining("at least 8");
        double[][] six = walks(6, 6, 2);
        assertThatThrownBy(() -> run(new PhillipsOuliarisSpec(vars(2), PhillipsOuliarisType.PU,
                PhillipsOuliarisDemean.NONE, PhillipsOuliarisLag.LONG, null), data(six)))
                .hasMessageContaining("long lag rule gives 5 lags for 5 observations");
        assertThatThrownBy(() -> PhillipsOuliarisSpec.of(vars(7))).hasMessageContaining("at most 6 variables");
        assertThatThrownBy(() -> PhillipsOuliarisSpec.of(List.of("v0"))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new PhillipsOuliarisSpec(vars(2), PhillipsOuliarisType.PU,
                PhillipsOuliarisDemean.NONE, PhillipsOuliarisLag.SHORT, 0.0)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> PhillipsOuliarisType.parse("pq")).hasMessageContaining("pu or pz");
        assertThatThrownBy(() -> PhillipsOuliarisDemean.parse("drift")).hasMessageContaining("none, constant or trend");
        assertThatThrownBy(() -> PhillipsOuliarisLag.parse("medium")).hasMessageContaining("short or long");
    }

    @Test
    void aToleranceAboveTheConditionOfTheMomentMatrixRefusesIt() {
        double[][] x = walks(9, 60, 2);
        double[] near = new double[60];
        Random r = new Random(10);
        for (int t = 0; t < 60; t++) {
            near[t] = x[0][t] + 1e-3 * r.nextGaussian();
        }
        PhillipsOuliarisSpec strict = new PhillipsOuliarisSpec(List.of("v0", "v1"), PhillipsOuliarisType.PZ,
                PhillipsOuliarisDemean.NONE, PhillipsOuliarisLag.SHORT, 1e-3);
        assertThatThrownBy(() -> run(strict, data(x[0], near))).hasMessageContaining("computationally singular")
                .hasMessageContaining("M_zz of v0, v1");
        PhillipsOuliarisSpec loose = new PhillipsOuliarisSpec(List.of("v0", "v1"), PhillipsOuliarisType.PZ,
                PhillipsOuliarisDemean.NONE, PhillipsOuliarisLag.SHORT, null);
        assertThat(run(loose, data(x[0], near)).statistic()).isFinite();
    }
}
