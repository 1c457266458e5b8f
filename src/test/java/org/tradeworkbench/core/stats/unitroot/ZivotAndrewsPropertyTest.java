package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random series: the break is found where it is, scale does not matter, the fast scan equals QR. */
class ZivotAndrewsPropertyTest {

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 24).mapToObj(i -> Arguments.of(20240607L + 7919L * i));
    }

    /**
     * A stationary AR(1) around a level that shifts by 12 innovation standard deviations at observation T (the
     * test's alternative): the intercept models put the break at T - 1 (the last observation before the shift)
     * and reject the unit root at 1%.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void findsALevelShiftOfAStationarySeries(long seed) {
        Random rnd = new Random(seed);
        int n = 80 + rnd.nextInt(300);
        int shiftAt = (int) (n * (0.3 + 0.4 * rnd.nextDouble()));
        double[] y = new double[n];
        double u = 0;
        for (int t = 0; t < n; t++) {
            u = 0.5 * u + rnd.nextGaussian();
            y[t] = 3 + (t >= shiftAt ? 12 : 0) + u;
        }
        for (ZivotAndrewsBreak type : new ZivotAndrewsBreak[] {ZivotAndrewsBreak.INTERCEPT, ZivotAndrewsBreak.BOTH}) {
            ZivotAndrewsResult r = ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(type, rnd.nextInt(3)));
            assertThat(r.breakIndex()).as(type + ", n " + n).isEqualTo(shiftAt - 1);
            assertThat(r.statistic()).isLessThan(r.criticalValues()[0]);
            assertThat(r.pValue()).isBetween(0.0, 0.01);
        }
    }

    /**
     * Random walks with a jump of 25 standard deviations at T (the null with a break): the intercept model dates
     * the break at T - 1, the last observation before the jump, in most of 200 seeded walks (the minimum t can
     * also fall far away, a known property of the test under the null with a break).
     */
    @Test
    void datesTheJumpOfMostRandomWalks() {
        int found = 0;
        int walks = 200;
        for (int i = 0; i < walks; i++) {
            Random rnd = new Random(20240607L + 7919L * i);
            int n = 100 + rnd.nextInt(400);
            int shiftAt = (int) (n * (0.3 + 0.4 * rnd.nextDouble()));
            double[] y = new double[n];
            double level = 0;
            for (int t = 0; t < n; t++) {
                level += rnd.nextGaussian() + (t == shiftAt ? 25 : 0);
                y[t] = level;
            }
            ZivotAndrewsResult r = ZivotAndrews.test(y, ZivotAndrewsSpec.autoLag(ZivotAndrewsBreak.INTERCEPT,
                    LagCriterion.AIC, null));
            assertThat(Double.isFinite(r.statistic()) && Double.isFinite(r.pValue())).isTrue();
            found += r.breakIndex() == shiftAt - 1 ? 1 : 0;
        }
        assertThat(found).isGreaterThanOrEqualTo(walks * 8 / 10);
    }

    /** a y + b for any a != 0 and b: the same statistics, break, lags and p-value. */
    @ParameterizedTest
    @MethodSource("seeds")
    void invariantToScaleAndShift(long seed) {
        Random rnd = new Random(seed);
        double[] y = walk(rnd, 60 + rnd.nextInt(500));
        double a = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -8 + 16 * rnd.nextDouble());
        double b = rnd.nextGaussian() * 100 * Math.abs(a);
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = a * y[i] + b;
        }
        ZivotAndrewsBreak type = ZivotAndrewsBreak.values()[rnd.nextInt(3)];
        LagCriterion criterion = LagCriterion.values()[rnd.nextInt(3)];
        ZivotAndrewsSpec spec = ZivotAndrewsSpec.autoLag(type, criterion, rnd.nextInt(6));
        ZivotAndrewsResult r = ZivotAndrews.test(y, spec);
        ZivotAndrewsResult s = ZivotAndrews.test(z, spec);
        assertThat(s.lags()).isEqualTo(r.lags());
        assertThat(s.breakIndex()).isEqualTo(r.breakIndex());
        assertThat(s.statistic()).isCloseTo(r.statistic(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        double[] rs = r.breakStatistics();
        double[] ss = s.breakStatistics();
        for (int i = 0; i < rs.length; i++) {
            assertThat(Math.abs(ss[i] - rs[i])).isLessThanOrEqualTo(1e-8 * Math.abs(rs[i]));
        }
    }

    /** The running-sum scan against a Householder QR of the full design at random break dates. */
    @ParameterizedTest
    @MethodSource("seeds")
    void scanEqualsQrAtEveryModel(long seed) {
        Random rnd = new Random(seed);
        int n = 40 + rnd.nextInt(600);
        double[] y = rnd.nextBoolean() ? walk(rnd, n) : stationary(rnd, n);
        int lags = rnd.nextInt(5);
        for (ZivotAndrewsBreak type : ZivotAndrewsBreak.values()) {
            ZivotAndrewsResult r = ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(type, lags));
            ZivotAndrewsScan scan = new ZivotAndrewsScan(y, type, lags);
            for (int k = 0; k < 5; k++) {
                int b = r.firstBreakIndex() + rnd.nextInt(r.lastBreakIndex() - r.firstBreakIndex() + 1);
                double exact = scan.exactStatistic(b, "x");
                assertThat(Math.abs(r.statisticAt(b) - exact)).as(type + " break " + b)
                        .isLessThanOrEqualTo(1e-9 * Math.abs(exact));
            }
            assertThat(r.statistic()).isEqualTo(r.statisticAt(r.breakIndex()));
            for (double t : r.breakStatistics()) {
                assertThat(t).isGreaterThanOrEqualTo(r.statistic());
            }
        }
    }

    /**
     * A drift that changes at one date plus noise of 1e-7 of the steps: d(y) is almost exactly the intercept dummy
     * there, the case where running sums cancel; every date's statistic still equals the QR fit's.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void nearExactFitsMatchQr(long seed) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(200);
        int shiftAt = n / 2 + rnd.nextInt(n / 5);
        double[] y = new double[n];
        double level = 0;
        for (int t = 0; t < n; t++) {
            level += (t >= shiftAt ? 3.0 : 1.0) + 1e-7 * rnd.nextGaussian();
            y[t] = level;
        }
        int lags = rnd.nextInt(3);
        ZivotAndrewsResult r = ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.INTERCEPT, lags));
        ZivotAndrewsScan scan = new ZivotAndrewsScan(y, ZivotAndrewsBreak.INTERCEPT, lags);
        for (int b = r.firstBreakIndex(); b <= r.lastBreakIndex(); b++) {
            double exact = scan.exactStatistic(b, "x");
            assertThat(Math.abs(r.statisticAt(b) - exact)).as("break " + b).isLessThanOrEqualTo(1e-7 * Math.abs(exact));
        }
    }

    /** Wider trimming only removes candidate dates: the statistics at the remaining dates are unchanged. */
    @ParameterizedTest
    @MethodSource("seeds")
    void trimmingOnlyNarrowsTheCandidates(long seed) {
        Random rnd = new Random(seed);
        double[] y = walk(rnd, 80 + rnd.nextInt(300));
        ZivotAndrewsBreak type = ZivotAndrewsBreak.values()[rnd.nextInt(3)];
        ZivotAndrewsResult wide = ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(type, 2).withTrim(0.1));
        ZivotAndrewsResult narrow = ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(type, 2).withTrim(0.3));
        assertThat(narrow.firstBreakIndex()).isGreaterThan(wide.firstBreakIndex());
        assertThat(narrow.lastBreakIndex()).isLessThan(wide.lastBreakIndex());
        assertThat(narrow.statistic()).isGreaterThanOrEqualTo(wide.statistic());
        for (int b = narrow.firstBreakIndex(); b <= narrow.lastBreakIndex(); b++) {
            assertThat(Math.abs(narrow.statisticAt(b) - wide.statisticAt(b)))
                    .isLessThanOrEqualTo(1e-10 * Math.abs(wide.statisticAt(b)));
        }
    }

    private static double[] walk(Random rnd, int n) {
        double[] y = new double[n];
        double level = rnd.nextGaussian() * 10;
        for (int t = 0; t < n; t++) {
            level += rnd.nextGaussian();
            y[t] = level;
        }
        return y;
    }

    private static double[] stationary(Random rnd, int n) {
        double[] y = new double[n];
        double u = 0;
        for (int t = 0; t < n; t++) {
            u = 0.6 * u + rnd.nextGaussian();
            y[t] = 5 + 0.02 * t + u;
        }
        return y;
    }
}
