package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;

/**
 * What breaks at the unknown date in the Zivot-Andrews test, with statsmodels' codes. Every model has a constant
 * and a linear trend; the break adds a shift in the intercept (Zivot and Andrews' model A), in the trend's slope
 * (model B) or both (model C).
 */
public enum ZivotAndrewsBreak {
    INTERCEPT("c", "break in the intercept"),
    TREND("t", "break in the trend"),
    BOTH("ct", "break in the intercept and the trend");

    private final String code;
    private final String description;

    ZivotAndrewsBreak(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** statsmodels' {@code regression} argument: {@code c}, {@code t} or {@code ct}. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** How many break regressors the model adds: 1, or 2 for {@link #BOTH}. */
    int dummyCount() {
        return this == BOTH ? 2 : 1;
    }

    /** Parses {@code c}, {@code t} or {@code ct} (case-insensitive), or urca's {@code intercept}, {@code trend},
     * {@code both}. */
    public static ZivotAndrewsBreak parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "c":
            case "intercept":
                return INTERCEPT;
            case "t":
            case "trend":
                return TREND;
            case "ct":
            case "both":
                return BOTH;
            default:
                throw new IllegalArgumentException("break type must be c, t or ct (intercept, trend or both), got \""
                        + text + "\"");
        }
    }
}
