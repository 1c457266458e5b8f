package org.tradeworkbench.core.stats.ols;

import java.util.Locale;

/** How the coefficient covariance is estimated. */
public enum CovarianceType {
    /** {@code s^2 (X'X)^-1}. */
    CLASSICAL("classical", "classical (homoskedastic)"),
    /** White's heteroskedasticity-consistent estimator, no correction (R sandwich {@code vcovHC(type = "HC0")}). */
    HC0("hc0", "HC0 heteroskedasticity-robust"),
    /** White's heteroskedasticity-consistent estimator with the {@code n/(n-k)} correction (Stata's robust). */
    HC1("hc1", "HC1 heteroskedasticity-robust"),
    /** Squared residuals divided by {@code 1 - h_i}, the leverage (MacKinnon and White 1985). */
    HC2("hc2", "HC2 heteroskedasticity-robust"),
    /** Squared residuals divided by {@code (1 - h_i)^2}, close to the jackknife (MacKinnon and White 1985). */
    HC3("hc3", "HC3 heteroskedasticity-robust"),
    /** Newey-West with Bartlett weights {@code 1 - l/(L+1)}, no small-sample factor (statsmodels' default). */
    HAC("hac", "Newey-West HAC");

    private final String key;
    private final String label;

    CovarianceType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static CovarianceType parse(String s) {
        for (CovarianceType c : values()) {
            if (c.key.equals(s.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown covariance type " + s);
    }
}
