package org.tradeworkbench.core.stats.ols;

import java.util.Locale;

/** How the bandwidth of a HAC covariance is chosen. */
public enum HacBandwidth {
    /** The lags given (or floor(4 (n/100)^(2/9))), bandwidth lags + 1. */
    FIXED("fixed", "fixed"),
    /** Newey and West (1994): nonparametric plug-in from the scores' autocovariances (R {@code bwNeweyWest}). */
    NEWEY_WEST("nw", "Newey-West (1994)"),
    /** Andrews (1991): plug-in from an AR(1) fitted to each score (R {@code bwAndrews}). */
    ANDREWS("andrews", "Andrews (1991) AR(1)");

    private final String key;
    private final String label;

    HacBandwidth(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static HacBandwidth parse(String s) {
        for (HacBandwidth b : values()) {
            if (b.key.equals(s.trim().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown HAC bandwidth rule " + s + " (fixed, nw or andrews)");
    }
}
