package org.tradeworkbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;

class DescriptivesTest {

    @Test
    void smallSampleByHand() {
        // 1..5: mean 3, sample variance 2.5, symmetric, moment kurtosis 1.7.
        Descriptives d = Descriptives.of("x", new double[] {4, 1, Double.NaN, 5, 3, 2});
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.missing()).isEqualTo(1);
        assertThat(d.mean()).isEqualTo(3.0);
        assertThat(d.sd()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(d.min()).isEqualTo(1.0);
        assertThat(d.max()).isEqualTo(5.0);
        assertThat(d.median()).isEqualTo(3.0);
        assertThat(d.skewness()).isCloseTo(0.0, within(1e-15));
        assertThat(d.kurtosis()).isCloseTo(1.7 - 3.0, within(1e-14));
    }

    @Test
    void largeLevelKeepsVariance() {
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = 1e9 + (i % 2 == 0 ? 0.5 : -0.5);
        }
        Descriptives d = Descriptives.of("big", v);
        // 501 values at +0.5 and 500 at -0.5 around 1e9.
        assertThat(d.sd()).isCloseTo(Math.sqrt((1001 * 0.25 - 0.25 / 1001) / 1000), within(1e-9));
        assertThat(d.median()).isEqualTo(1e9 + 0.5);
    }

    @Test
    void evenCountMedianAndSkew() {
        Descriptives d = Descriptives.of("y", new double[] {1, 2, 3, 10});
        assertThat(d.median()).isEqualTo(2.5);
        assertThat(d.skewness()).isGreaterThan(0);
    }

    @Test
    void allMissingIsAnError() {
        assertThatThrownBy(() -> Descriptives.of("z", new double[] {Double.NaN}))
                .isInstanceOf(DataException.class).hasMessageContaining("z");
    }
}
