package org.tradeworkbench.core.stats.unitroot;

import java.util.Locale;

/**
 * The truncation lag of the Phillips-Perron long-run variance (Bartlett weights): {@code short}
 * trunc(4 (n/100)^(1/4)), {@code long} trunc(12 (n/100)^(1/4)) for a test regression on n observations, as R
 * urca's {@code ur.pp(lags = "short" / "long")}, or a fixed number ({@code ur.pp(use.lag = k)}).
 */
public record PhillipsPerronLags(String rule, int fixed) {

    public static final PhillipsPerronLags SHORT = new PhillipsPerronLags("short", -1);
    public static final PhillipsPerronLags LONG = new PhillipsPerronLags("long", -1);

    public PhillipsPerronLags {
        if (!rule.equals("short") && !rule.equals("long") && !rule.equals("fixed")) {
            throw new IllegalArgumentException("Phillips-Perron lags must be short, long or fixed, got \"" + rule
                    + "\"");
        }
        if (rule.equals("fixed") && fixed < 0) {
            throw new IllegalArgumentException("the number of Phillips-Perron lags cannot be negative, got "
                    + fixed);
        }
    }

    public static PhillipsPerronLags fixed(int lags) {
        return new PhillipsPerronLags("fixed", lags);
    }

    /** {@code short}, {@code long} or a whole number. */
    public static PhillipsPerronLags parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("short")) {
            return SHORT;
        }
        if (t.equals("long")) {
            return LONG;
        }
        try {
            return fixed(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Phillips-Perron lags must be short, long or a whole number, got \""
                    + text + "\"");
        }
    }

    public boolean isFixed() {
        return rule.equals("fixed");
    }

    /** The truncation lag for a test regression on {@code nobs} observations. */
    public int truncation(int nobs) {
        if (isFixed()) {
            return fixed;
        }
        double scale = rule.equals("short") ? 4.0 : 12.0;
        return (int) (scale * Math.pow(nobs / 100.0, 0.25));
    }

    @Override
    public String toString() {
        return isFixed() ? Integer.toString(fixed) : rule;
    }
}
