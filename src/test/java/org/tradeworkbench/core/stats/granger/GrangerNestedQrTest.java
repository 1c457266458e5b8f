package org.tradeworkbench.core.stats.granger;

import java.util.HashMap;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.task.ProgressReporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;

/** The one-QR computation of both SSRs against two separate least-squares fits, and the pairwise table's order. */
class GrangerNestedQrTest {

    private static double[] ar(Random r, int n, double phi, double[] driver) {
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = r.nextGaussian() * 3 + 10 + (t > 0 ? phi * v[t - 1] + (driver == null ? 0 : 0.4 * driver[t - 1])
                    : 0);
        }
        return v;
    }

    /** The restricted and unrestricted regressions fitted separately, as the definition says. */
    private static double[] separateSsr(double[] x, double[] y, int lags) {
        int n = y.length;
        int nobs = n - lags;
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        double[] one = new double[nobs];
        Arrays.fill(one, 1);
        names.add("const");
        cols.add(one);
        for (int l = 1; l <= lags; l++) {
            names.add("y" + l);
            cols.add(Arrays.copyOfRange(y, lags - l, n - l));
        }
        double[] target = Arrays.copyOfRange(y, lags, n);
        double r = LeastSquares.fit(DesignMatrix.ofColumns(names, cols), target).ssr();
        for (int l = 1; l <= lags; l++) {
            names.add("x" + l);
            cols.add(Arrays.copyOfRange(x, lags - l, n - l));
        }
        double u = LeastSquares.fit(DesignMatrix.ofColumns(names, cols), target).ssr();
        return new double[] {r, u};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void bothSsrMatchSeparateFits(long seed) {
        Random r = new Random(seed);
        int n = 40 + r.nextInt(400);
        int lags = 1 + r.nextInt(8);
        double[] x = ar(r, n, r.nextDouble() * 0.9, null);
        double[] y = ar(r, n, r.nextDouble() * 0.9, r.nextBoolean() ? x : null);
        GrangerStatistic g = Granger.compute("x", x, "y", y, lags, null);
        double[] ref = separateSsr(x, y, lags);
        assertThat(g.ssrRestricted()).isCloseTo(ref[0], within(1e-11 * ref[0]));
        assertThat(g.ssrUnrestricted()).isCloseTo(ref[1], within(1e-11 * ref[1]));
        double f = (ref[0] - ref[1]) / ref[1] / lags * (n - lags - 2 * lags - 1);
        assertThat(g.fStatistic()).isCloseTo(f, within(1e-8 * Math.abs(f) + 1e-12));
    }

    @Test
    void collinearDesignNamesTheRegressor() {
        double[] y = new double[50];
        Arrays.fill(y, 3.0);
        double[] x = ar(new Random(9), 50, 0.5, null);
        assertThatThrownBy(() -> Granger.compute("x", x, "y", y, 2, null))
                .isInstanceOf(DataException.class).hasMessageContaining("y(-1)");
        double[] x2 = new double[50];
        double[] y2 = ar(new Random(10), 50, 0.5, null);
        for (int i = 0; i < 50; i++) {
            x2[i] = 2 * y2[i];
        }
        assertThatThrownBy(() -> Granger.compute("x2", x2, "y2", y2, 1, null))
                .isInstanceOf(DataException.class).hasMessageContaining("x2(-1)");
    }

    @Test
    void pairwiseTableKeepsPairOrderWhenPairsRunInParallel() {
        Random r = new Random(77);
        int n = 300;
        List<Series> series = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 7; j++) {
            series.add(Series.of("v" + j, ar(r, n, 0.5, null)));
            names.add("v" + j);
        }
        Dataset data = new Dataset("p", TimeIndex.undated(n), series);
        List<GrangerStatistic> rows = new CausalityAnalysis().run(new CausalitySpec(names, 3, true), data,
                ProgressReporter.NONE).rows().stream().map(CausalityRow::statistic).toList();
        int k = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                double[] a = data.get(names.get(i)).values();
                double[] b = data.get(names.get(j)).values();
                for (int l = 1; l <= 3; l++) {
                    GrangerStatistic forward = Granger.compute(names.get(j), b, names.get(i), a, l, null);
                    GrangerStatistic reverse = Granger.compute(names.get(i), a, names.get(j), b, l, null);
                    for (GrangerStatistic want : List.of(forward, reverse)) {
                        GrangerStatistic got = rows.get(k++);
                        assertThat(got.nullHypothesis()).isEqualTo(want.nullHypothesis());
                        assertThat(got.lags()).isEqualTo(l);
                        // One nested QR for all orders against a QR per order: equal to rounding.
                        assertThat(got.fStatistic()).isCloseTo(want.fStatistic(),
                                within(1e-9 * Math.abs(want.fStatistic()) + 1e-12));
                        assertThat(got.ssrUnrestricted()).isCloseTo(want.ssrUnrestricted(),
                                within(1e-12 * want.ssrUnrestricted()));
                    }
                }
            }
        }
        assertThat(k).isEqualTo(rows.size());
    }

    @Test
    void allOrdersReportProblemsAtTheOrderTheyAppear() {
        Random r = new Random(5);
        double[] a = ar(r, 20, 0.5, null);
        double[] b = ar(r, 20, 0.5, null);
        double[] twiceA = new double[20];
        for (int i = 0; i < 20; i++) {
            twiceA[i] = 2 * a[i];
        }
        Dataset data = new Dataset("p", TimeIndex.undated(20),
                List.of(Series.of("a", a), Series.of("b", b), Series.of("twiceA", twiceA)));
        // Orders 1..6 are tested; 7 and 8 are too many for 20 periods, each saying so at its own order.
        List<PairwiseGranger.Order> orders = PairwiseGranger.test(data, "b", "a", 8, true, new HashMap<>());
        assertThat(orders).hasSize(8);
        assertThat(orders.subList(0, 6)).allMatch(PairwiseGranger.Order::ok);
        assertThat(orders.get(6).problem()).contains("with 7 lags");
        assertThat(orders.get(7).problem()).contains("with 8 lags");
        assertThat(PairwiseGranger.test(data, "twiceA", "a", 2, true, new HashMap<>()))
                .allSatisfy(o -> assertThat(o.problem()).contains("collinear"));
    }
}
