package org.tradeworkbench.core.stats.dist;

import org.apache.commons.math3.special.Erf;

/** The standard normal distribution function, accurate in the tails (via the complementary error function). */
public final class NormalDistributions {
    private static final double SQRT2 = Math.sqrt(2.0);

    private NormalDistributions() {
    }

    /** P(Z &lt;= z) for a standard normal Z. */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        // erfc keeps relative accuracy for very small lower-tail probabilities, unlike 1 + erf.
        return 0.5 * Erf.erfc(-z / SQRT2);
    }
}
