package org.tradeworkbench.core.analysis.stationarity;

import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsSpec;

/**
 * The Zivot-Andrews choices of a Stationarity run: what breaks at the unknown date, and the share of the sample
 * at each end where no break is looked for.
 *
 * @param type what breaks (intercept, trend or both)
 * @param trim share of observations at each end excluded as break dates, 0..1/3 (statsmodels' {@code trim})
 */
public record BreakChoice(ZivotAndrewsBreak type, double trim) {

    /** statsmodels' defaults: a break in the intercept, 15% trimmed at each end. */
    public static final BreakChoice DEFAULT = new BreakChoice(ZivotAndrewsBreak.INTERCEPT,
            ZivotAndrewsSpec.DEFAULT_TRIM);

    public BreakChoice {
        if (type == null) {
            throw new IllegalArgumentException("the break type is missing (intercept, trend or both)");
        }
        if (!(trim > 0 && trim <= ZivotAndrewsSpec.MAX_TRIM)) {
            throw new IllegalArgumentException("the trimming must be a share above 0 and at most 1/3, got " + trim);
        }
    }
}
