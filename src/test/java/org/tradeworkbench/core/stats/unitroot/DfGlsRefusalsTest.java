package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/** Degenerate input gets a one-line message naming the series, never a NaN statistic. */
class DfGlsRefusalsTest {
    private static final DfGlsSpec MAIC = DfGlsSpec.autoLag(UnitRootTrend.CONSTANT, DfGlsLagCriterion.MAIC, null);

    @Test
    void constantSeries() {
        assertThatThrownBy(() -> DfGls.test(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, MAIC))
                .isInstanceOf(DataException.class).hasMessageContaining("x").hasMessageContaining("constant");
    }

    @Test
    void tooShort() {
        assertThatThrownBy(() -> DfGls.test(new double[] {1, 2, 4},
                DfGlsSpec.fixedLags(UnitRootTrend.CONSTANT_TREND, 0)))
                .isInstanceOf(DataException.class).hasMessageContaining("DF-GLS on x").hasMessageContaining("too few");
    }

    @Test
    void orderTooLarge() {
        double[] y = {1, 3, 2, 5, 4, 6, 8, 7, 9, 12, 10, 11};
        assertThatThrownBy(() -> DfGls.test(y, DfGlsSpec.fixedLags(UnitRootTrend.CONSTANT, 6)))
                .isInstanceOf(DataException.class).hasMessageContaining("DF-GLS on x").hasMessageContaining("too large");
    }

    @Test
    void exactFit() {
        // A straight line: the GLS-detrended series is fitted exactly.
        double[] y = new double[30];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 + 0.5 * i;
        }
        assertThatThrownBy(() -> DfGls.test(y, DfGlsSpec.fixedLags(UnitRootTrend.CONSTANT_TREND, 1)))
                .isInstanceOf(DataException.class).hasMessageContaining("DF-GLS on x")
                .hasMessageContaining("straight line");
    }
}
