package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

class PhillipsPerronTest {
    private static final PhillipsPerronSpec TAU_C = new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.Z_TAU,
            UnitRootTrend.CONSTANT, PhillipsPerronLags.SHORT);
    private static final PhillipsPerronSpec TAU_CT = new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.Z_TAU,
            UnitRootTrend.CONSTANT_TREND, PhillipsPerronLags.LONG);

    static double[] ar1(Random rnd, int n, double rho) {
        double[] x = new double[n];
        double prev = 0;
        for (int i = 0; i < n; i++) {
            prev = rho * prev + rnd.nextGaussian();
            x[i] = prev;
        }
        return x;
    }

    @Test
    void tooFewObservationsAreNamed() {
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {1, 2, 4}, TAU_C))
                .isInstanceOf(DataException.class)
                .hasMessage("Phillips-Perron on x: 3 observations are too few for the test with constant "
                        + "(at least 4 needed)");
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {1, 2, 4, 3}, TAU_CT))
                .isInstanceOf(DataException.class).hasMessageContaining("at least 5 needed");
    }

    @Test
    void constantSeriesIsRefused() {
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {3, 3, 3, 3, 3, 3}, TAU_C))
                .isInstanceOf(DataException.class)
                .hasMessage("series x is constant: the Phillips-Perron test needs a varying series");
    }

    @Test
    void collinearLaggedLevelIsRefused() {
        // The lagged level is constant (only the last value moves), so it duplicates the constant.
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {1, 1, 1, 1, 1, 2}, TAU_C))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("Phillips-Perron on x: the lagged level is a linear function of the "
                        + "constant");
        // A straight line: the lagged level duplicates constant and trend.
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, TAU_CT))
                .isInstanceOf(DataException.class).hasMessageContaining("linear function of the constant and trend");
    }

    @Test
    void exactFitIsRefused() {
        double[] geometric = new double[12];
        for (int i = 0; i < geometric.length; i++) {
            geometric[i] = Math.pow(1.5, i);
        }
        assertThatThrownBy(() -> PhillipsPerron.test(geometric, TAU_C))
                .isInstanceOf(DataException.class).hasMessageContaining("fits the data exactly");
    }

    @Test
    void truncationLagBeyondTheSampleIsRefused() {
        PhillipsPerronSpec spec = new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.Z_TAU, UnitRootTrend.CONSTANT,
                PhillipsPerronLags.fixed(30));
        assertThatThrownBy(() -> PhillipsPerron.test(ar1(new Random(1), 20, 0.5), spec))
                .isInstanceOf(DataException.class)
                .hasMessage("Phillips-Perron on x: the truncation lag 30 must be smaller than the 19 observations "
                        + "of the test regression");
    }

    @Test
    void missingValuesAreHandledByTheSample() {
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {Double.NaN, Double.NaN, Double.NaN}, TAU_C))
                .isInstanceOf(DataException.class).hasMessageContaining("no period has values");
        assertThatThrownBy(() -> PhillipsPerron.test(new double[] {1, 2, Double.NaN, 3, 4, 5}, TAU_C))
                .isInstanceOf(DataException.class).hasMessageContaining("missing");
    }

    @Test
    void badSpecsAreNamed() {
        assertThatThrownBy(() -> new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.Z_TAU, UnitRootTrend.NONE,
                PhillipsPerronLags.SHORT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constant (c) or a constant and trend (ct)");
        assertThatThrownBy(() -> PhillipsPerronLags.parse("medium")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Phillips-Perron lags must be short, long or a whole number, got \"medium\"");
        assertThatThrownBy(() -> PhillipsPerronLags.fixed(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> PhillipsPerronSpec.Statistic.parse("rho"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z-tau or Z-alpha");
    }

    @Test
    void bandwidthRulesFollowUrca() {
        assertThat(PhillipsPerronLags.SHORT.truncation(100)).isEqualTo(4);
        assertThat(PhillipsPerronLags.LONG.truncation(100)).isEqualTo(12);
        assertThat(PhillipsPerronLags.SHORT.truncation(24)).isEqualTo(2);
        assertThat(PhillipsPerronLags.LONG.truncation(449)).isEqualTo(17);
    }

    @Test
    void withoutLagsZTauIsTheDickeyFullerTau() {
        double[] x = ar1(new Random(7), 120, 0.9);
        for (UnitRootTrend trend : new UnitRootTrend[] {UnitRootTrend.CONSTANT, UnitRootTrend.CONSTANT_TREND}) {
            PhillipsPerronResult pp = PhillipsPerron.test(x, new PhillipsPerronSpec(
                    PhillipsPerronSpec.Statistic.Z_TAU, trend, PhillipsPerronLags.fixed(0)));
            AdfResult adf = Adf.test(x, AdfSpec.fixedLags(trend, 0, 0));
            assertThat(pp.statistic()).isCloseTo(adf.statistic(), org.assertj.core.data.Offset.offset(1e-10));
            assertThat(pp.longRunVariance()).isEqualTo(pp.shortRunVariance());
        }
    }

    @Test
    void zAlphaCriticalValuesOnlyWhereATableExists() {
        double[] x = ar1(new Random(3), 101, 0.8);
        PhillipsPerronResult c = PhillipsPerron.test(x, new PhillipsPerronSpec(PhillipsPerronSpec.Statistic.Z_ALPHA,
                UnitRootTrend.CONSTANT, PhillipsPerronLags.SHORT));
        assertThat(c.criticalValues()).isNull();
        assertThat(c.pValue()).isNull();
        assertThat(c.criticalValueSource()).startsWith("none");
        PhillipsPerronResult ct = PhillipsPerron.test(x, new PhillipsPerronSpec(
                PhillipsPerronSpec.Statistic.Z_ALPHA, UnitRootTrend.CONSTANT_TREND, PhillipsPerronLags.SHORT));
        // Fuller's row for n = 100 exactly.
        assertThat(ct.criticalValues()).isEqualTo(new UnitRootCriticalValues(-27.4, -20.7, -17.5));
        assertThat(ct.criticalValueSource()).startsWith("Fuller (1976), Table 8.5.1");
        assertThat(PhillipsPerron.interpolate(new double[] {25, 50}, new double[] {-22.5, -25.7}, 30))
                .isCloseTo(-23.14, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 2024, 977})
    void statisticsDoNotDependOnTheUnitsOfTheSeries(long seed) {
        Random rnd = new Random(seed);
        for (int rep = 0; rep < 10; rep++) {
            double[] x = ar1(rnd, 40 + rnd.nextInt(300), rnd.nextDouble() < 0.5 ? 1.0 : 0.6);
            double scale = Math.exp(rnd.nextGaussian() * 5);
            double[] scaled = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                scaled[i] = scale * x[i];
            }
            for (PhillipsPerronSpec spec : new PhillipsPerronSpec[] {TAU_C, TAU_CT}) {
                PhillipsPerronResult a = PhillipsPerron.test(x, spec);
                PhillipsPerronResult b = PhillipsPerron.test(scaled, spec);
                assertThat(UrcaUnitRootFixtures.relativeDifference(b.zTau(), a.zTau())).isLessThan(1e-9);
                assertThat(UrcaUnitRootFixtures.relativeDifference(b.zAlpha(), a.zAlpha())).isLessThan(1e-9);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 42, 31337})
    void randomWalksAreMostlyNotRejectedAndStationaryAr1MostlyIs(long seed) {
        Random rnd = new Random(seed);
        int draws = 40;
        int walksRejected = 0;
        int stationaryRejected = 0;
        for (int rep = 0; rep < draws; rep++) {
            for (PhillipsPerronSpec spec : new PhillipsPerronSpec[] {TAU_C, TAU_CT}) {
                if (PhillipsPerron.test(ar1(rnd, 500, 1.0), spec).pValue() < 0.05) {
                    walksRejected++;
                }
                if (PhillipsPerron.test(ar1(rnd, 500, 0.3), spec).pValue() < 0.05) {
                    stationaryRejected++;
                }
            }
        }
        // 5% size: about 4 of 80 walks; at rho = 0.3 and n = 500 the power is essentially one.
        assertThat(walksRejected).isLessThanOrEqualTo(12);
        assertThat(stationaryRejected).isGreaterThanOrEqualTo(78);
    }
}
