package org.tradeworkbench.core.analysis.cointegration;

import java.util.Locale;

/**
 * The five deterministic cases of the Johansen test (Johansen 1995; the numbering of EViews and of gretl's
 * {@code johansen} options). "Restricted" terms enter the cointegrating relation only; "unrestricted" ones enter
 * the VECM equations.
 */
public enum JohansenCase {
    /** Case 1: no constant, no trend (gretl --nc; statsmodels det_order=-1). */
    NONE(1, "nc", "no constant, no trend", false, 0),
    /** Case 2: constant restricted to the cointegrating relation (gretl --rc; urca ecdet="const"). */
    RESTRICTED_CONSTANT(2, "rc", "restricted constant", true, 0),
    /** Case 3: unrestricted constant (gretl default; urca ecdet="none"; statsmodels det_order=0). */
    UNRESTRICTED_CONSTANT(3, "c", "unrestricted constant", false, 1),
    /** Case 4: unrestricted constant, trend restricted to the relation (gretl --crt; urca ecdet="trend"). */
    RESTRICTED_TREND(4, "crt", "unrestricted constant, restricted trend", true, 1),
    /** Case 5: unrestricted constant and trend (gretl --ct). */
    UNRESTRICTED_TREND(5, "ct", "unrestricted constant and trend", false, 2);

    private final int number;
    private final String code;
    private final String description;
    private final boolean restricted;
    private final int unrestrictedTerms;

    JohansenCase(int number, String code, String description, boolean restricted, int unrestrictedTerms) {
        this.number = number;
        this.code = code;
        this.description = description;
        this.restricted = restricted;
        this.unrestrictedTerms = unrestrictedTerms;
    }

    /** 1..5. */
    public int number() {
        return number;
    }

    /** The command-line code: nc, rc, c, crt, ct. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** True when a constant (case 2) or trend (case 4) is a row of the cointegrating vectors. */
    public boolean hasRestrictedTerm() {
        return restricted;
    }

    /** The name of the restricted row of beta ("const" or "trend"), or null. */
    public String restrictedTermName() {
        return this == RESTRICTED_CONSTANT ? "const" : this == RESTRICTED_TREND ? "trend" : null;
    }

    /** Deterministic regressors of the VECM equations: 0, 1 (constant) or 2 (constant and trend). */
    public int unrestrictedTermCount() {
        return unrestrictedTerms;
    }

    /** Parses a code (nc, rc, c, crt, ct) or a case number 1..5. */
    public static JohansenCase parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (JohansenCase c : values()) {
            if (c.code.equals(t) || String.valueOf(c.number).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("the deterministic case must be nc, rc, c, crt or ct (or 1..5), got \""
                + text + "\"");
    }
}
