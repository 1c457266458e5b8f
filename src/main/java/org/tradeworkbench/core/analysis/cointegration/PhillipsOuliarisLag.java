package org.tradeworkbench.core.analysis.cointegration;

import java.util.Locale;

/**
 * The Bartlett truncation lag of the Phillips-Ouliaris long-run covariance, as R urca's
 * {@code ca.po(lag = "short" / "long")}: trunc(4 (n/100)^(1/4)) or trunc(12 (n/100)^(1/4)), n being the
 * observations of the VAR(1) regression (the sample less one).
 */
public enum PhillipsOuliarisLag {
    SHORT("short", 4.0),
    LONG("long", 12.0);

    private final String code;
    private final double scale;

    PhillipsOuliarisLag(String code, double scale) {
        this.code = code;
        this.scale = scale;
    }

    public String code() {
        return code;
    }

    /** The truncation lag for {@code nobs} observations. */
    public int truncation(int nobs) {
        return (int) (scale * Math.pow(nobs / 100.0, 0.25));
    }

    public static PhillipsOuliarisLag parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PhillipsOuliarisLag e : values()) {
            if (e.code.equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("the Phillips-Ouliaris lag must be short or long, got \"" + text + "\"");
    }
}
