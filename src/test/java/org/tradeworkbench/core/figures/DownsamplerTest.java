package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DownsamplerTest {

    private static double[] axis(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2000 + i / 12.0;
        }
        return x;
    }

    private static double[] walk(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            y[i] = y[i - 1] + r.nextGaussian();
        }
        return y;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void keepsFirstLastAndExtremesWithinBudget(long seed) {
        Random r = new Random(seed);
        int n = 5_000 + r.nextInt(200_000);
        int budget = 3 + r.nextInt(2_000);
        double[] x = axis(n);
        double[] y = walk(n, seed);
        int[] idx = Downsampler.visible(x, y, 0, n - 1, x[0], x[n - 1], budget);
        assertThat(idx.length).isBetween(budget, budget + 2);
        assertThat(idx[0]).isEqualTo(0);
        assertThat(idx[idx.length - 1]).isEqualTo(n - 1);
        for (int i = 1; i < idx.length; i++) {
            assertThat(idx[i]).isGreaterThan(idx[i - 1]);
        }
        int min = 0;
        int max = 0;
        for (int i = 0; i < n; i++) {
            min = y[i] < y[min] ? i : min;
            max = y[i] > y[max] ? i : max;
        }
        assertThat(idx).contains(min, max);
    }

    @Test
    void keepsALoneSpikeThatEveryOtherPointHides() {
        int n = 100_000;
        double[] x = axis(n);
        double[] y = new double[n];
        y[37_123] = 50;
        y[81_000] = -20;
        int[] idx = Downsampler.visible(x, y, 0, n - 1, x[0], x[n - 1], 500);
        assertThat(idx).contains(37_123, 81_000);
    }

    @Test
    void zoomedInShowsEveryValueOfTheVisibleRangeAndOneBeyondEachEdge() {
        int n = 1_000_000;
        double[] x = axis(n);
        double[] y = walk(n, 9);
        // 1,200 points visible (100 years of months) against a budget of 2,000: exact, nothing thinned.
        int[] idx = Downsampler.visible(x, y, 0, n - 1, x[500_000], x[501_199], 2_000);
        assertThat(idx).hasSize(1_202);
        assertThat(idx[0]).isEqualTo(499_999);
        assertThat(idx[idx.length - 1]).isEqualTo(501_200);
        for (int i = 0; i < idx.length; i++) {
            assertThat(idx[i]).isEqualTo(499_999 + i);
        }
        // The whole series against the same budget is thinned to it.
        assertThat(Downsampler.visible(x, y, 0, n - 1, x[0], x[n - 1], 2_000).length).isBetween(2_000, 2_002);
    }

    @Test
    void respectsTheRunAndEmptyRanges() {
        double[] x = axis(100);
        double[] y = walk(100, 3);
        int[] idx = Downsampler.visible(x, y, 10, 40, x[0], x[99], 5);
        assertThat(idx[0]).isEqualTo(10);
        assertThat(idx[idx.length - 1]).isEqualTo(40);
        assertThat(Downsampler.visible(x, y, 10, 40, x[60], x[70], 5)).isEmpty();
        assertThat(Downsampler.visible(x, y, 5, 4, x[0], x[99], 5)).isEmpty();
        assertThatThrownBy(() -> Downsampler.visible(x, y, 0, 99, x[0], x[99], 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** In every pixel column the kept points span the same y-range, enter at the same point and leave at the same. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void perColumnExtremesKeepEveryColumnsFirstLastLowestAndHighest(long seed) {
        Random r = new Random(seed);
        int n = 10 + r.nextInt(300_000);
        int columns = 1 + r.nextInt(1_500);
        double[] x = axis(n);
        double[] y = walk(n, seed);
        int first = r.nextInt(n / 3 + 1);
        int last = n - 1 - r.nextInt(n / 3 + 1);
        double xMin = x[0];
        double xMax = x[n - 1];
        int[] kept = Downsampler.perColumnExtremes(x, y, first, last, xMin, xMax, columns);
        assertThat(kept.length).isLessThanOrEqualTo(Math.min(last - first + 1, 4 * (columns + 1)));
        assertThat(kept[0]).isEqualTo(first);
        assertThat(kept[kept.length - 1]).isEqualTo(last);
        for (int k = 1; k < kept.length; k++) {
            assertThat(kept[k]).isGreaterThan(kept[k - 1]);
        }
        java.util.Map<Long, double[]> all = new java.util.HashMap<>();
        java.util.Map<Long, double[]> drawn = new java.util.HashMap<>();
        for (int i = first; i <= last; i++) {
            span(all, column(x[i], xMin, xMax, columns), i, y[i]);
        }
        for (int i : kept) {
            span(drawn, column(x[i], xMin, xMax, columns), i, y[i]);
        }
        // Per column: lowest, highest, first index, last index.
        assertThat(drawn.keySet()).hasSameSizeAs(all.keySet());
        all.forEach((c, v) -> assertThat(drawn.get(c)).as("column " + c).containsExactly(v));
    }

    @Test
    void perColumnExtremesKeepsEveryPointWhenEachHasItsOwnColumn() {
        double[] x = axis(50);
        double[] y = walk(50, 3);
        int[] kept = Downsampler.perColumnExtremes(x, y, 0, 49, x[0], x[49], 2_000);
        assertThat(kept).hasSize(50);
        assertThatThrownBy(() -> Downsampler.perColumnExtremes(x, y, 0, 49, x[0], x[49], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long column(double x, double xMin, double xMax, int columns) {
        return (long) Math.floor((x - xMin) / (xMax - xMin) * columns);
    }

    private static void span(java.util.Map<Long, double[]> m, long column, int i, double y) {
        double[] v = m.computeIfAbsent(column, c -> new double[] {Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Integer.MAX_VALUE, Integer.MIN_VALUE});
        v[0] = Math.min(v[0], y);
        v[1] = Math.max(v[1], y);
        v[2] = Math.min(v[2], i);
        v[3] = Math.max(v[3], i);
    }
}
