package org.tradeworkbench.core.analysis.cointegration;

import java.util.Locale;

/** The two Phillips-Ouliaris (1990) statistics, as R urca's {@code ca.po(type = "Pu" / "Pz")}. */
public enum PhillipsOuliarisType {
    /** The variance ratio: the first variable's long-run variance given the others over the residual variance. */
    PU("Pu", "variance ratio Pu"),
    /** The multivariate trace statistic, invariant to which variable is normalised on. */
    PZ("Pz", "multivariate trace Pz");

    private final String code;
    private final String label;

    PhillipsOuliarisType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** urca's name: {@code Pu} or {@code Pz}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static PhillipsOuliarisType parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PhillipsOuliarisType e : values()) {
            if (e.code.toLowerCase(Locale.ROOT).equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("the Phillips-Ouliaris type must be pu or pz, got \"" + text + "\"");
    }
}
