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
    HAC("hac", "Newey-West HAC"),
    /** HAC with Parzen weights of lag {@code l}, bandwidth {@code L + 1} (R sandwich {@code kernHAC}). */
    HAC_PARZEN("hac-parzen", "HAC, Parzen kernel"),
    /** HAC with quadratic-spectral weights over every lag, bandwidth {@code L + 1} (Andrews 1991). */
    HAC_QS("hac-qs", "HAC, quadratic-spectral kernel");

    /** Whether this is a HAC estimator, which takes a lag length (the bandwidth less one). */
    public boolean isHac() {
        return this == HAC || this == HAC_PARZEN || this == HAC_QS;
    }

    /**
     * The weight of the autocovariance at lag {@code l} for {@code lags} L: the kernel at {@code x = l/(L+1)}
     * (R sandwich's {@code kweights} with {@code bw = L + 1}). Bartlett {@code 1 - x} and Parzen vanish from
     * lag L + 1 on; the quadratic-spectral kernel never does.
     */
    public double kernelWeight(int l, int lags) {
        return kernelAt(l / (lags + 1.0));
    }

    /** The kernel at {@code x >= 0} (R sandwich's {@code kweights}). */
    public double kernelAt(double x) {
        return switch (this) {
            case HAC -> x < 1 ? 1 - x : 0;
            case HAC_PARZEN -> x <= 0.5 ? 1 - 6 * x * x + 6 * x * x * x : x <= 1 ? 2 * Math.pow(1 - x, 3) : 0;
            case HAC_QS -> {
                if (x == 0) {
                    yield 1;
                }
                double z = 6 * Math.PI * x / 5;
                yield 3 / (z * z) * (Math.sin(z) / z - Math.cos(z));
            }
            default -> throw new IllegalStateException(this + " has no kernel");
        };
    }

    /** The largest lag with a non-zero weight on {@code n} observations. */
    public int lastLag(int lags, int n) {
        return this == HAC_QS ? n - 1 : Math.min(lags, n - 1);
    }

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
