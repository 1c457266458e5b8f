package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;

/** How the ADF lag order is chosen automatically (statsmodels' {@code autolag}). */
public enum LagCriterion {
    /** Smallest Akaike information criterion on the common sample. */
    AIC("aic", "AIC"),
    /** Smallest Bayesian (Schwarz) information criterion on the common sample. */
    BIC("bic", "BIC"),
    /** From the largest order down, the first whose last lag has |t| &gt;= 1.645 (5% two-sided normal). */
    T_STAT("tstat", "t-stat");

    private final String code;
    private final String label;

    LagCriterion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The command-line spelling: {@code aic}, {@code bic} or {@code tstat}. */
    public String code() {
        return code;
    }

    /** The label statsmodels uses: {@code AIC}, {@code BIC} or {@code t-stat}. */
    public String label() {
        return label;
    }

    public static LagCriterion parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (LagCriterion c : values()) {
            if (c.code.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("lag criterion must be aic, bic or tstat, got \"" + text + "\"");
    }
}
