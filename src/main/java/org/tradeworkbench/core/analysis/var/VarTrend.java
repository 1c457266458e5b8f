package org.tradeworkbench.core.analysis.var;

/** Deterministic terms of each VAR equation, with statsmodels' codes. */
public enum VarTrend {
    NONE("n", 0, "no deterministic terms"),
    CONSTANT("c", 1, "constant"),
    CONSTANT_TREND("ct", 2, "constant and linear trend");

    private final String code;
    private final int terms;
    private final String description;

    VarTrend(String code, int terms, String description) {
        this.code = code;
        this.terms = terms;
        this.description = description;
    }

    public String code() {
        return code;
    }

    /** Number of deterministic regressors. */
    public int terms() {
        return terms;
    }

    public String description() {
        return description;
    }

    public static VarTrend parse(String code) {
        for (VarTrend t : values()) {
            if (t.code.equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("trend must be n, c or ct, got \"" + code + "\"");
    }
}
