package org.tradeworkbench.ui.stationarity;

import java.util.Objects;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;

/**
 * Everything the Stationarity tab asks for besides the variables.
 *
 * @param fixedLags lagged differences when {@code lags} is {@link LagChoice#FIXED}
 * @param maxLag    largest order the criterion considers, or null for the default (Schwert's rule)
 * @param kpss      also run the KPSS test (same deterministic terms and difference)
 */
public record StationaritySettings(UnitRootTrend trend, DifferenceChoice difference, LagChoice lags, int fixedLags,
        Integer maxLag, boolean kpss) {

    /** The 5 % level of the verdicts and of the search for the smallest order. */
    public static final double LEVEL = 0.05;

    public static final StationaritySettings DEFAULT = new StationaritySettings(UnitRootTrend.CONSTANT,
            DifferenceChoice.LEVEL, LagChoice.AIC, 0, null, false);

    public StationaritySettings {
        Objects.requireNonNull(trend);
        Objects.requireNonNull(difference);
        Objects.requireNonNull(lags);
    }

    /** The ADF specification at difference order {@code d}; the limits are checked by {@link AdfSpec}. */
    public AdfSpec adfSpec(int d) {
        return lags.isAutomatic() ? AdfSpec.autoLag(trend, d, lags.criterion(), maxLag)
                : AdfSpec.fixedLags(trend, d, fixedLags);
    }

    /** How the lags were chosen, for the table's notes. */
    public String describeLags() {
        if (!lags.isAutomatic()) {
            return fixedLags + " lagged difference" + (fixedLags == 1 ? "" : "s");
        }
        return "lags chosen by " + lags.criterion().label() + " among 0.."
                + (maxLag == null ? "the default maximum (12 (n/100)^(1/4))" : maxLag.toString());
    }
}
