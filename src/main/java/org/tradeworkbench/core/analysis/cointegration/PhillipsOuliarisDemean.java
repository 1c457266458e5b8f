package org.tradeworkbench.core.analysis.cointegration;

import java.util.Locale;

/**
 * The deterministic terms of the Phillips-Ouliaris regressions, as R urca's
 * {@code ca.po(demean = "none" / "constant" / "trend")}: they pick Table Ia/IIa, Ib/IIb or Ic/IIc.
 */
public enum PhillipsOuliarisDemean {
    NONE("none", "no deterministic terms"),
    CONSTANT("constant", "constant"),
    TREND("trend", "constant and linear trend");

    private final String code;
    private final String description;

    PhillipsOuliarisDemean(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Deterministic regressors added: 0, 1 (constant) or 2 (constant and trend). */
    public int termCount() {
        return ordinal();
    }

    public static PhillipsOuliarisDemean parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PhillipsOuliarisDemean e : values()) {
            if (e.code.equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("the Phillips-Ouliaris demeaning must be none, constant or trend, got \""
                + text + "\"");
    }
}
