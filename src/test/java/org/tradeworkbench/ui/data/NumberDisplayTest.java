package org.tradeworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberDisplayTest {
    @Test
    void decimalsAsTheValuesNeedUpToSixSignificantDigits() {
        assertThat(NumberDisplay.decimalsFor(new double[] {Double.NaN, 35.7, Double.NaN})).isEqualTo(1);
        assertThat(NumberDisplay.decimalsFor(new double[] {-54.982, -123.743, -135.4})).isEqualTo(3);
        assertThat(NumberDisplay.decimalsFor(new double[] {4.856359, 4.62624})).isEqualTo(5);
        assertThat(NumberDisplay.decimalsFor(new double[] {734547898220.508, 1.1e12})).isZero();
        assertThat(NumberDisplay.decimalsFor(new double[] {8688, 11114})).isZero();
        assertThat(NumberDisplay.decimalsFor(new double[] {0.000123456, 0.0002})).isEqualTo(6);
        assertThat(NumberDisplay.decimalsFor(new double[] {Double.NaN})).isZero();
    }

    @Test
    void formatsHalfUpWithMissingAsNA() {
        assertThat(NumberDisplay.format(2.675, 2)).isEqualTo("2.68");
        assertThat(NumberDisplay.format(-135.4, 3)).isEqualTo("-135.400");
        assertThat(NumberDisplay.format(Double.NaN, 2)).isEqualTo("NA");
        assertThat(NumberDisplay.format(734547898220.508, 0)).isEqualTo("734547898221");
    }
}
