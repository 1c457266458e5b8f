package org.tradeworkbench.core.stats.dist;

import java.util.Locale;

/**
 * Deterministic terms of a unit-root regression, named as statsmodels and MacKinnon name them: {@code n} none,
 * {@code c} constant, {@code ct} constant and linear trend.
 */
public enum UnitRootTrend {
    NONE("n", 0, "no constant, no trend"),
    CONSTANT("c", 1, "constant"),
    CONSTANT_TREND("ct", 2, "constant and trend");

    private final String code;
    private final int terms;
    private final String description;

    UnitRootTrend(String code, int terms, String description) {
        this.code = code;
        this.terms = terms;
        this.description = description;
    }

    /** The short code: {@code n}, {@code c} or {@code ct}. */
    public String code() {
        return code;
    }

    /** How many deterministic regressors the term adds (0, 1 or 2). */
    public int termCount() {
        return terms;
    }

    public String description() {
        return description;
    }

    /** Parses {@code n}, {@code c} or {@code ct} (case-insensitive; {@code nc} is accepted for {@code n}). */
    public static UnitRootTrend parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "n":
            case "nc":
                return NONE;
            case "c":
                return CONSTANT;
            case "ct":
                return CONSTANT_TREND;
            default:
                throw new IllegalArgumentException("trend must be n, c or ct, got \"" + text + "\"");
        }
    }
}
