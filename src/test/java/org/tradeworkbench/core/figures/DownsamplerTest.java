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
}
