package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;

/** Bad specs and bad series are refused with a message naming the problem; nothing returns NaN. */
class ZivotAndrewsInputTest {
    private static final ZivotAndrewsSpec C1 = ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.INTERCEPT, 1);

    private static double[] walk(int n) {
        java.util.Random rnd = new java.util.Random(11);
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            y[i] = y[i - 1] + rnd.nextGaussian();
        }
        return y;
    }

    @Test
    void specRefusesImpossibleChoices() {
        assertThatThrownBy(() -> C1.withTrim(0.4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the trimming must be a share between 0 and 1/3, got 0.4");
        assertThatThrownBy(() -> C1.withTrim(-0.01)).hasMessageContaining("between 0 and 1/3");
        assertThatThrownBy(() -> C1.withTrim(Double.NaN)).hasMessageContaining("between 0 and 1/3");
        assertThatThrownBy(() -> ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.BOTH, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative, got -1");
        assertThatThrownBy(() -> ZivotAndrewsSpec.autoLag(ZivotAndrewsBreak.BOTH, LagCriterion.AIC, -2))
                .hasMessageContaining("maximum lag cannot be negative");
        assertThatThrownBy(() -> new ZivotAndrewsSpec(ZivotAndrewsBreak.TREND, 0.15, 2, LagCriterion.BIC, null))
                .hasMessageContaining("either a fixed number of lags or a lag criterion");
        assertThatThrownBy(() -> new ZivotAndrewsSpec(ZivotAndrewsBreak.TREND, 0.15, 2, null, 4))
                .hasMessageContaining("maximum lag applies only to automatic");
        assertThatThrownBy(() -> new ZivotAndrewsSpec(null, 0.15, 2, null, null))
                .hasMessageContaining("break type is required");
        assertThatThrownBy(() -> ZivotAndrewsBreak.parse("level")).hasMessageContaining("c, t or ct");
        assertThat(ZivotAndrewsBreak.parse(" Both ")).isEqualTo(ZivotAndrewsBreak.BOTH);
        assertThat(ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.TREND, 0).withTrim(1.0 / 3).trim())
                .isEqualTo(1.0 / 3);
    }

    @Test
    void missingAndInfiniteValuesAreNamed() {
        double[] y = walk(50);
        y[17] = Double.NaN;
        assertThatThrownBy(() -> ZivotAndrews.test("exports", y, C1)).isInstanceOf(DataException.class)
                .hasMessage("Zivot-Andrews on exports: observation 18 is NaN; the test needs a series without "
                        + "missing or infinite values");
        y[17] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> ZivotAndrews.test(y, C1)).hasMessageContaining("observation 18 is -Infinity");
    }

    @Test
    void tooShortAndConstantSeries() {
        assertThatThrownBy(() -> ZivotAndrews.test(walk(5), C1)).isInstanceOf(DataException.class)
                .hasMessageContaining("5 observations are too few");
        assertThatThrownBy(() -> ZivotAndrews.test(new double[0], C1)).hasMessageContaining("0 observations");
        double[] flat = new double[40];
        java.util.Arrays.fill(flat, 2.5);
        assertThatThrownBy(() -> ZivotAndrews.test("rate", flat, C1)).isInstanceOf(DataException.class)
                .hasMessage("series rate is constant: the Zivot-Andrews test needs a varying series");
    }

    @Test
    void deterministicSeriesAreCollinearNotNaN() {
        double[] line = new double[60];
        double[] square = new double[60];
        for (int i = 0; i < line.length; i++) {
            line[i] = 2 + 0.5 * i;
            square[i] = i * (double) i;
        }
        assertThatThrownBy(() -> ZivotAndrews.test(line, C1)).isInstanceOf(DataException.class)
                .hasMessageContaining("lagged difference 1 is a linear combination");
        assertThatThrownBy(() -> ZivotAndrews.test(line, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.INTERCEPT,
                0))).hasMessageContaining("the lagged level is a linear combination");
        assertThatThrownBy(() -> ZivotAndrews.test(square, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.TREND,
                2))).isInstanceOf(DataException.class).hasMessageContaining("Zivot-Andrews on x");
    }

    @Test
    void lagsAndTrimmingThatLeaveNoRoomAreRefused() {
        double[] y = walk(40);
        assertThatThrownBy(() -> ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.INTERCEPT, 8)))
                .isInstanceOf(DataException.class)
                .hasMessage("Zivot-Andrews on x: with 8 lags and trimming 0.15 (6 observations at each end) the "
                        + "earliest break date, index 6, leaves 0 observations of the test regression before the "
                        + "break (at least 1 needed); use fewer lags or more trimming");
        assertThatThrownBy(() -> ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.BOTH, 0)
                .withTrim(0.03))).hasMessageContaining("trimming 0.03 (1 observation at each end) the earliest break "
                + "date, index 1, leaves 1 observation of the test regression before the break (at least 2 needed)");
        assertThatThrownBy(() -> ZivotAndrews.test(y, ZivotAndrewsSpec.fixedLags(ZivotAndrewsBreak.BOTH, 20)))
                .hasMessageContaining("20 lags leave 19 observations in the test regression for 25 coefficients");
        assertThatThrownBy(() -> ZivotAndrews.test(y, ZivotAndrewsSpec.autoLag(ZivotAndrewsBreak.BOTH,
                LagCriterion.AIC, 30))).isInstanceOf(DataException.class)
                .hasMessageStartingWith("Zivot-Andrews on x, choosing the lags by AIC on the ADF regression with "
                        + "constant and trend: ");
    }

    @Test
    void resultIsACopy() {
        ZivotAndrewsResult r = ZivotAndrews.test(walk(120), C1);
        r.criticalValues()[0] = 0;
        r.breakStatistics()[0] = 0;
        assertThat(r.criticalValues()[0]).isEqualTo(-5.27644);
        assertThat(r.breakStatistics()[0]).isNotZero();
        assertThat(r.statisticAt(r.breakIndex())).isEqualTo(r.statistic());
        assertThatThrownBy(() -> r.statisticAt(r.lastBreakIndex() + 1)).hasMessageContaining("outside the candidates");
        assertThat(r.maxLag()).isEqualTo(-1);
        assertThat(r.nobs()).isEqualTo(118);
    }

    @Test
    void pValuesFollowTheTableAndItsEnds() {
        assertThat(ZivotAndrewsCriticalValues.criticalValues(ZivotAndrewsBreak.INTERCEPT))
                .containsExactly(-5.27644, -4.81067, -4.56618);
        assertThat(ZivotAndrewsCriticalValues.criticalValues(ZivotAndrewsBreak.TREND))
                .containsExactly(-5.03421, -4.40580, -4.13678);
        assertThat(ZivotAndrewsCriticalValues.criticalValues(ZivotAndrewsBreak.BOTH))
                .containsExactly(-5.57556, -5.07332, -4.82668);
        assertThat(ZivotAndrewsCriticalValues.pValue(-4.81067, ZivotAndrewsBreak.INTERCEPT)).isEqualTo(0.05);
        assertThat(ZivotAndrewsCriticalValues.pValue(-30, ZivotAndrewsBreak.INTERCEPT)).isEqualTo(0.00001);
        assertThat(ZivotAndrewsCriticalValues.pValue(5, ZivotAndrewsBreak.BOTH))
                .isCloseTo(0.999, org.assertj.core.data.Offset.offset(1e-15));
        // Halfway between the 5% and 7.5% quantiles of the trend model.
        assertThat(ZivotAndrewsCriticalValues.pValue((-4.40580 - 4.25214) / 2, ZivotAndrewsBreak.TREND))
                .isCloseTo(0.0625, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> ZivotAndrewsCriticalValues.pValue(Double.NaN, ZivotAndrewsBreak.TREND))
                .hasMessageContaining("must be finite");
    }
}
