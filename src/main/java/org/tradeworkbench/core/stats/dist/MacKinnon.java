package org.tradeworkbench.core.stats.dist;

/**
 * MacKinnon's response surfaces for the Dickey-Fuller tau statistic with one I(1) series (the ADF case):
 * approximate p-values from MacKinnon (1994), Table 3/4 coefficients, and finite-sample critical values from
 * MacKinnon (2010), Table 2 ("n": MacKinnon 1996). The coefficients are the published ones, in the scaling and
 * with the tail cut-offs that statsmodels' {@code mackinnonp} and {@code mackinnoncrit} use, so p-values and
 * critical values agree with statsmodels and Stata's {@code dfuller}.
 */
public final class MacKinnon {
    private MacKinnon() {
    }

    // Tail cut-offs for N = 1: below TAU_MIN the p-value is 0, above TAU_MAX it is 1; TAU_STAR separates the
    // small-p from the large-p polynomial.
    private static final double[] TAU_STAR = {-1.04, -1.61, -2.89};
    private static final double[] TAU_MIN = {-19.04, -18.83, -16.18};
    private static final double[] TAU_MAX = {Double.POSITIVE_INFINITY, 2.74, 0.7};

    // p = Phi(c0 + c1 t + c2 t^2) for t <= tau*, with c2 published in units of 1e-2.
    private static final double[][] SMALL_P = {
        {0.6344, 1.2378, 3.2496e-2},
        {2.1659, 1.4412, 3.8269e-2},
        {3.2512, 1.6047, 4.9588e-2},
    };

    // p = Phi(c0 + c1 t + c2 t^2 + c3 t^3) for t > tau*, with c1, c2 in units of 1e-1 and c3 of 1e-2.
    private static final double[][] LARGE_P = {
        {0.4797, 9.3557e-1, -0.6999e-1, 3.3066e-2},
        {1.7339, 9.3202e-1, -1.2745e-1, -1.0368e-2},
        {2.5261, 6.1654e-1, -3.7956e-1, -6.0285e-2},
    };

    // Critical value = b0 + b1/T + b2/T^2 + b3/T^3 at 1%, 5%, 10%.
    private static final double[][][] CRIT_2010 = {
        { // n
            {-2.56574, -2.2358, -3.627, 0},
            {-1.94100, -0.2686, -3.365, 31.223},
            {-1.61682, 0.2656, -2.714, 25.364},
        },
        { // c
            {-3.43035, -6.5393, -16.786, -79.433},
            {-2.86154, -2.8903, -4.234, -40.040},
            {-2.56677, -1.5384, -2.809, 0},
        },
        { // ct
            {-3.95877, -9.0531, -28.428, -134.155},
            {-3.41049, -4.3904, -9.036, -45.374},
            {-3.12705, -2.5856, -3.925, -22.380},
        },
    };

    /** The significance levels of {@link #criticalValues}, in order. */
    public static final double[] LEVELS = {0.01, 0.05, 0.10};

    /** MacKinnon (1994) approximate p-value of an ADF tau statistic. */
    public static double pValue(double tau, UnitRootTrend trend) {
        if (Double.isNaN(tau)) {
            return Double.NaN;
        }
        int i = trend.ordinal();
        if (tau > TAU_MAX[i]) {
            return 1.0;
        }
        if (tau < TAU_MIN[i]) {
            return 0.0;
        }
        double[] c = tau <= TAU_STAR[i] ? SMALL_P[i] : LARGE_P[i];
        return NormalDistributions.cdf(horner(c, tau));
    }

    /**
     * MacKinnon (2010) critical values at 1%, 5% and 10% for a regression on {@code nobs} observations
     * ({@code nobs <= 0} or infinite: the asymptotic values).
     */
    public static double[] criticalValues(UnitRootTrend trend, double nobs) {
        double[][] table = CRIT_2010[trend.ordinal()];
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = nobs > 0 && Double.isFinite(nobs) ? horner(table[k], 1.0 / nobs) : table[k][0];
        }
        return out;
    }

    /** c0 + c1 x + c2 x^2 + ... by Horner's rule (the evaluation order numpy's polyval uses). */
    private static double horner(double[] c, double x) {
        double v = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            v = v * x + c[k];
        }
        return v;
    }
}
