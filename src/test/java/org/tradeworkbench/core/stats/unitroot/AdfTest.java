package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

class AdfTest {

    private static double[] arProcess(Random rnd, int n, double phi, double drift) {
        double[] x = new double[n];
        double level = 100 * rnd.nextGaussian();
        for (int i = 0; i < n; i++) {
            level = drift + phi * level + rnd.nextGaussian();
            x[i] = level;
        }
        return x;
    }

    static Stream<Arguments> randomSeries() {
        return IntStream.range(0, 24).mapToObj(seed -> {
            Random rnd = new Random(seed);
            int n = 30 + rnd.nextInt(700);
            double phi = new double[] {1.0, 0.95, 0.5, -0.3}[seed % 4];
            // AR(1) in the differences for some seeds, so that lags matter.
            double[] x = arProcess(rnd, n, phi, seed % 3 == 0 ? 0.2 : 0.0);
            if (seed % 5 == 0) {
                double[] y = new double[n];
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += x[i] * 0.01;
                    y[i] = acc;
                }
                x = y;
            }
            return Arguments.of(seed, x);
        });
    }

    /** The one-factorisation search chooses the same order with the same criterion as refitting every order. */
    @ParameterizedTest
    @MethodSource("randomSeries")
    void fastLagSearchAgreesWithSeparateRegressions(int seed, double[] x) {
        for (UnitRootTrend trend : UnitRootTrend.values()) {
            for (LagCriterion crit : LagCriterion.values()) {
                int maxLag = Adf.defaultMaxLag(x.length, trend);
                if ((x.length - 1 - maxLag) - (trend.termCount() + 1 + maxLag) <= 0) {
                    maxLag--;
                }
                NestedLagSearch search = new NestedLagSearch(x, trend, maxLag, crit);
                NestedLagSearch.Choice fast = search.run();
                NestedLagSearch.Choice exact = search.exactSearch();
                assertThat(fast.exactPath()).as("fast path used").isFalse();
                assertThat(fast.lag()).as("seed %d %s %s", seed, trend, crit).isEqualTo(exact.lag());
                assertThat(Math.abs(fast.icBest() - exact.icBest()))
                        .isLessThanOrEqualTo(1e-9 * Math.abs(exact.icBest()));
                for (int p = 0; p <= maxLag; p++) {
                    double scale = crit == LagCriterion.T_STAT ? 1 + Math.abs(exact.criterionByLag()[p])
                            : x.length + Math.abs(exact.criterionByLag()[p]);
                    assertThat(Math.abs(fast.criterionByLag()[p] - exact.criterionByLag()[p]))
                            .as("order %d", p).isLessThanOrEqualTo(1e-8 * scale);
                }
            }
        }
    }

    @Test
    void leadingAndTrailingMissingValuesAreTrimmed() {
        double[] x = arProcess(new Random(7), 80, 0.8, 0);
        double[] padded = new double[86];
        java.util.Arrays.fill(padded, Double.NaN);
        System.arraycopy(x, 0, padded, 3, 80);
        TimeIndex q = new TimeIndex(Period.quarterly(2000, 1), 86);
        AdfSpec spec = AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 2);
        AdfResult a = Adf.test("x", padded, q, spec);
        AdfResult b = Adf.test(x, spec);
        assertThat(a.statistic()).isEqualTo(b.statistic());
        assertThat(a.nobs()).isEqualTo(77);
        // Values start at 2000Q4; with 2 lags the regression starts 3 quarters later.
        assertThat(a.sampleFirst()).isEqualTo("2001Q3");
        assertThat(a.sampleLast()).isEqualTo(q.label(82));
    }

    @Test
    void aGapInsideTheSampleNamesItsPeriod() {
        double[] x = arProcess(new Random(8), 40, 0.8, 0);
        x[0] = Double.NaN;
        x[17] = Double.NaN;
        x[25] = Double.NaN;
        TimeIndex m = new TimeIndex(Period.monthly(2010, 1), 40);
        assertThatThrownBy(() -> Adf.test("imports", x, m, AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 1)))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("imports").hasMessageContaining("2011-06");
    }

    @Test
    void aSingleValueIsTooFewNotConstant() {
        TimeIndex a = new TimeIndex(Period.annual(2000), 1);
        assertThatThrownBy(() -> Adf.test("x", new double[] {5}, a, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0,
                LagCriterion.AIC, null))).isInstanceOf(DataException.class)
                .hasMessage("ADF on x (2000): 1 observation is too few for the test with constant (at least 4 needed)");
        TimeIndex b = new TimeIndex(Period.annual(2000), 3);
        assertThatThrownBy(() -> Adf.test("x", new double[] {5, 5, 5}, b, AdfSpec.fixedLags(UnitRootTrend.CONSTANT,
                0, 0))).hasMessageContaining("x (2000 to 2002): 3 observations are too few");
        TimeIndex c = new TimeIndex(Period.annual(2000), 6);
        assertThatThrownBy(() -> Adf.test("x", new double[] {5, 5, 5, 5, 5, 5}, c,
                AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 0))).hasMessageContaining("is constant");
    }

    @Test
    void tooManyLagsIsAnError() {
        double[] x = arProcess(new Random(9), 20, 0.5, 0);
        assertThatThrownBy(() -> Adf.test(x, AdfSpec.fixedLags(UnitRootTrend.CONSTANT_TREND, 0, 8)))
                .isInstanceOf(DataException.class).hasMessageContaining("at most 7");
        assertThat(Adf.test(x, AdfSpec.fixedLags(UnitRootTrend.CONSTANT_TREND, 0, 7)).lags()).isEqualTo(7);
    }

    @Test
    void tooFewObservationsSayHowManyAreNeeded() {
        double[] x = {1.0, 3.0, 2.0};
        assertThatThrownBy(() -> Adf.test(x, AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 0)))
                .isInstanceOf(DataException.class)
                .hasMessageEndingWith("3 observations are too few for the test with constant (at least 4 needed)");
        assertThat(Adf.test(new double[] {1.0, 3.0, 2.0, 5.0}, AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 0, 0))
                .nobs()).isEqualTo(3);
    }

    @Test
    void constantSeriesIsAnError() {
        double[] x = new double[30];
        java.util.Arrays.fill(x, 4.2);
        assertThatThrownBy(() -> Adf.test(x, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.AIC, null)))
                .isInstanceOf(DataException.class).hasMessageContaining("constant");
    }

    @Test
    void defaultMaxLagFollowsSchwertWithTheCap() {
        assertThat(Adf.defaultMaxLag(100_000, UnitRootTrend.CONSTANT)).isEqualTo(68);
        assertThat(Adf.defaultMaxLag(100, UnitRootTrend.CONSTANT)).isEqualTo(12);
        assertThat(Adf.defaultMaxLag(14, UnitRootTrend.CONSTANT)).isEqualTo(5);
        assertThat(Adf.defaultMaxLag(14, UnitRootTrend.CONSTANT_TREND)).isEqualTo(4);
        assertThatThrownBy(() -> Adf.defaultMaxLag(3, UnitRootTrend.CONSTANT_TREND))
                .isInstanceOf(DataException.class);
    }

    @Test
    void smallestStationaryDifferenceOfAnI2Series() {
        Random rnd = new Random(11);
        double[] x = new double[300];
        double v = 0;
        double acc = 0;
        for (int i = 0; i < x.length; i++) {
            v += rnd.nextGaussian();
            acc += v;
            x[i] = acc;
        }
        StationarityOrder o = Adf.smallestStationaryDifference("x", x, null,
                AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.AIC, null), 0.05);
        assertThat(o.order()).hasValue(2);
        assertThat(o.tried()).hasSize(3);
        assertThat(o.tried().get(0).pValue()).isGreaterThan(0.05);
        assertThat(o.tried().get(1).pValue()).isGreaterThan(0.05);
        assertThat(o.tried().get(2).pValue()).isLessThan(0.05);
        assertThat(o.tried().get(2).tested()).isEqualTo("d(d(x))");
    }

    @Test
    void jsonFollowsTheContract() {
        double[] x = arProcess(new Random(3), 120, 0.9, 0);
        AdfResult r = Adf.test(x, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.BIC, 6));
        Map<String, Object> j = r.toJson();
        assertThat(j).containsKeys("statistic", "p_value", "lags", "nobs", "critical_values", "ic_best");
        assertThat(((Map<?, ?>) j.get("critical_values")).keySet()).map(Object::toString).containsExactly("1%", "5%", "10%");
        assertThat(j.get("autolag")).isEqualTo("bic");
        assertThat(r.tables()).hasSize(2);
        assertThat(r.tables().get(1).rows()).hasSize(r.lags() + 2);
    }

    @Test
    void collinearLagsAreNamedNotHidden() {
        // A period-2 cycle: every second lagged difference repeats the first, so the lag columns are collinear.
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? 1.0 : 3.0;
        }
        assertThatThrownBy(() -> Adf.test(x, AdfSpec.autoLag(UnitRootTrend.CONSTANT, 0, LagCriterion.AIC, 4)))
                .isInstanceOf(DataException.class).hasMessageContaining("collinear");
        // Without a constant nothing is collinear, but one lag explains the differences exactly.
        assertThatThrownBy(() -> Adf.test(x, AdfSpec.fixedLags(UnitRootTrend.NONE, 0, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("fits the data exactly");
    }
}
