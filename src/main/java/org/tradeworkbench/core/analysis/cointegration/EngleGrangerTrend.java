package org.tradeworkbench.core.analysis.cointegration;

import java.util.Locale;

/** Deterministic terms of the Engle-Granger cointegrating regression, as statsmodels' {@code coint} names them. */
public enum EngleGrangerTrend {
    NONE("n", "no constant"),
    CONSTANT("c", "constant"),
    CONSTANT_TREND("ct", "constant and linear trend"),
    CONSTANT_TREND_SQUARED("ctt", "constant, linear and quadratic trend");

    private final String code;
    private final String description;

    EngleGrangerTrend(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Deterministic regressors added: 0..3. */
    public int termCount() {
        return ordinal();
    }

    public static EngleGrangerTrend parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (EngleGrangerTrend e : values()) {
            if (e.code.equals(t) || (e == NONE && t.equals("nc"))) {
                return e;
            }
        }
        throw new IllegalArgumentException("trend must be n, c, ct or ctt, got \"" + text + "\"");
    }
}
