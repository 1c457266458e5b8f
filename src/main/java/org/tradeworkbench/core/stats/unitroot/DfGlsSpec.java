package org.tradeworkbench.core.stats.unitroot;

import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * What to test with DF-GLS: the deterministic terms removed by GLS, and either a fixed number of lagged
 * differences or a criterion that chooses it among 0..maxlag.
 *
 * @param trend     {@link UnitRootTrend#CONSTANT} (c-bar = -7) or {@link UnitRootTrend#CONSTANT_TREND}
 *                  (c-bar = -13.5)
 * @param fixedLags the number of lagged differences, or {@code null} when {@code criterion} chooses it
 * @param criterion the lag-selection criterion, or {@code null} for fixed lags
 * @param maxLag    the largest order considered, or {@code null} for Schwert's ceil(12 (T/100)^(1/4)) capped at
 *                  T/2 - terms - 1, as for the ADF test
 */
public record DfGlsSpec(UnitRootTrend trend, Integer fixedLags, DfGlsLagCriterion criterion, Integer maxLag) {

    public DfGlsSpec {
        if (trend == null) {
            throw new IllegalArgumentException("trend is required");
        }
        if (trend == UnitRootTrend.NONE) {
            throw new IllegalArgumentException("DF-GLS removes a constant (c) or a constant and trend (ct), not "
                    + trend.description());
        }
        if ((fixedLags == null) == (criterion == null)) {
            throw new IllegalArgumentException("give either a fixed number of lags or a lag criterion");
        }
        if (fixedLags != null && fixedLags < 0) {
            throw new IllegalArgumentException("the number of lags cannot be negative, got " + fixedLags);
        }
        if (fixedLags != null && maxLag != null) {
            throw new IllegalArgumentException("a maximum lag applies only to automatic lag selection");
        }
        if (maxLag != null && maxLag < 0) {
            throw new IllegalArgumentException("the maximum lag cannot be negative, got " + maxLag);
        }
    }

    public static DfGlsSpec fixedLags(UnitRootTrend trend, int lags) {
        return new DfGlsSpec(trend, lags, null, null);
    }

    /** Lags chosen by {@code criterion} among 0..maxLag ({@code maxLag} null: the default). */
    public static DfGlsSpec autoLag(UnitRootTrend trend, DfGlsLagCriterion criterion, Integer maxLag) {
        return new DfGlsSpec(trend, null, criterion, maxLag);
    }

    public boolean isAutoLag() {
        return criterion != null;
    }

    /** The GLS local-to-unity constant c-bar of Elliott, Rothenberg and Stock (1996). */
    public double cBar() {
        return trend == UnitRootTrend.CONSTANT ? -7.0 : -13.5;
    }
}
