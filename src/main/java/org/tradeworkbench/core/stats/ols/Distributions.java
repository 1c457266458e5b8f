package org.tradeworkbench.core.stats.ols;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper-tail probabilities computed directly from the regularised incomplete beta and gamma functions (not as
 * {@code 1 - cdf}, which loses every digit of a small p-value).
 */
public final class Distributions {
    private Distributions() {
    }

    /** Two-sided p-value of Student's t with {@code df} degrees of freedom. */
    public static double studentTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** P(F > f) for F(df1, df2). */
    public static double fUpper(double f, double df1, double df2) {
        if (Double.isNaN(f) || !(df1 > 0) || !(df2 > 0)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    /** P(X > x) for chi-square with {@code df} degrees of freedom. */
    public static double chiSquareUpper(double x, double df) {
        if (Double.isNaN(x) || !(df > 0)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** The {@code 1 - alpha/2} quantile of Student's t, polished by Newton steps to full precision. */
    public static double studentQuantileUpper(double alpha, double df) {
        TDistribution t = new TDistribution(null, df, 1e-14);
        double target = alpha / 2;
        double q = t.inverseCumulativeProbability(1 - target);
        for (int i = 0; i < 4; i++) {
            double tail = studentTwoSided(q, df) / 2;
            double dens = t.density(q);
            if (dens <= 0) {
                break;
            }
            double step = (tail - target) / dens;
            q += step;
            if (Math.abs(step) <= 1e-16 * Math.abs(q)) {
                break;
            }
        }
        return q;
    }
}
