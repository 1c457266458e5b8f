package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * What to test with Phillips-Perron: the statistic reported as {@code statistic()} (both are always computed),
 * the deterministic terms of the test regression and the truncation lag of the long-run variance.
 *
 * @param statistic which of Z-tau and Z-alpha the result reports as its statistic, p-value and critical values
 * @param trend     {@link UnitRootTrend#CONSTANT} or {@link UnitRootTrend#CONSTANT_TREND}
 * @param lags      the Bartlett truncation lag rule
 */
public record PhillipsPerronSpec(Statistic statistic, UnitRootTrend trend, PhillipsPerronLags lags) {

    /** The two Phillips-Perron statistics: the corrected t-ratio and the corrected normalised bias. */
    public enum Statistic {
        Z_TAU("Z-tau"),
        Z_ALPHA("Z-alpha");

        private final String label;

        Statistic(String label) {
            this.label = label;
        }

        /** {@code Z-tau} or {@code Z-alpha}, as urca's {@code type}. */
        public String label() {
            return label;
        }

        /** {@code z-tau}, {@code ztau}, {@code z-alpha} or {@code zalpha} (case-insensitive). */
        public static Statistic parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (t.equals("ztau")) {
                return Z_TAU;
            }
            if (t.equals("zalpha")) {
                return Z_ALPHA;
            }
            throw new IllegalArgumentException("the Phillips-Perron statistic must be Z-tau or Z-alpha, got \""
                    + text + "\"");
        }
    }

    public PhillipsPerronSpec {
        if (statistic == null) {
            throw new IllegalArgumentException("the Phillips-Perron statistic (Z-tau or Z-alpha) is required");
        }
        if (trend == null) {
            throw new IllegalArgumentException("trend is required");
        }
        if (trend == UnitRootTrend.NONE) {
            throw new IllegalArgumentException("the Phillips-Perron test takes a constant (c) or a constant and "
                    + "trend (ct), not " + trend.description());
        }
        if (lags == null) {
            throw new IllegalArgumentException("the Phillips-Perron lag rule is required (short, long or a number)");
        }
    }
}
