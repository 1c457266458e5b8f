package org.tradeworkbench.core.analysis.stationarity;

import org.tradeworkbench.core.stats.unitroot.PhillipsPerronLags;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;

/**
 * The Phillips-Perron choices of a Stationarity analysis: which statistic the table shows (both are computed) and
 * the Bartlett truncation lag of the long-run variance, {@code short}, {@code long} (urca's {@code ur.pp} rules) or
 * a whole number.
 */
public record PhillipsPerronChoice(PhillipsPerronSpec.Statistic statistic, String lags) {
    /** Z-tau (urca's default is Z-alpha, but only Z-tau has p values with either model) and the short rule. */
    public static final PhillipsPerronChoice DEFAULT = new PhillipsPerronChoice(PhillipsPerronSpec.Statistic.Z_TAU,
            "short");

    public PhillipsPerronChoice {
        statistic = statistic == null ? PhillipsPerronSpec.Statistic.Z_TAU : statistic;
        lags = lags == null ? "short" : PhillipsPerronLags.parse(lags).toString();
    }

    public PhillipsPerronChoice(PhillipsPerronSpec.Statistic statistic, PhillipsPerronLags lags) {
        this(statistic, lags.toString());
    }

    /** The truncation-lag rule. */
    public PhillipsPerronLags truncation() {
        return PhillipsPerronLags.parse(lags);
    }
}
