package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;

/**
 * How the DF-GLS lag order is chosen: Ng and Perron's (2001) modified AIC, or the plain AIC or BIC in their
 * form ln(sigma^2) + penalty / N, all on the common sample of the largest order.
 */
public enum DfGlsLagCriterion {
    /** Ng-Perron modified AIC: ln(sigma^2_k) + 2 (tau_k + k) / N. */
    MAIC("maic", "MAIC"),
    /** ln(sigma^2_k) + 2 k / N. */
    AIC("aic", "AIC"),
    /** ln(sigma^2_k) + k ln(N) / N. */
    BIC("bic", "BIC");

    private final String code;
    private final String label;

    DfGlsLagCriterion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The command-line spelling: {@code maic}, {@code aic} or {@code bic}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static DfGlsLagCriterion parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DfGlsLagCriterion c : values()) {
            if (c.code.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("DF-GLS lag criterion must be maic, aic or bic, got \"" + text + "\"");
    }
}
