package org.tradeworkbench.core.analysis.cointegration;

import org.apache.commons.math3.special.Gamma;

/**
 * Approximate p-values of Johansen's trace and maximum-eigenvalue statistics: Doornik's (1998) gamma approximation,
 * "Approximations to the asymptotic distributions of cointegration tests", Journal of Economic Surveys 12(5),
 * 573–593. The asymptotic distribution with n − r common trends is taken as a gamma distribution whose mean and
 * variance are response surfaces in n − r (Doornik's Tables 2 and 3, for the five deterministic cases); for the
 * trace test the mean and variance are also corrected for the sample size (his Table 4), with T the
 * observations minus the parameters per equation, as PcGive and gretl do. These are the p-values gretl's
 * {@code johansen} prints (asymptotic trace and max-eigen, and the trace "corrected for sample size").
 */
final class JohansenPValues {
    private JohansenPValues() {
    }

    // Rows: cases 1..5. Columns of the trace mean and variance: (n-r)^2, n-r, 1, [n-r = 1], [n-r = 2], sqrt(n-r).
    private static final double[][] TRACE_MEAN = {
            {2, -1.00, 0.07, 0.07, 0, 0},
            {2, 2.01, 0.00, 0.06, 0.05, 0},
            {2, 1.05, -1.55, -0.50, -0.23, 0},
            {2, 4.05, 0.50, -0.23, -0.07, 0},
            {2, 2.85, -5.10, -0.10, -0.06, 1.35}};
    private static final double[][] TRACE_VARIANCE = {
            {3, -0.33, -0.55, 0.0, 0.00, 0},
            {3, 3.60, 0.75, -0.4, -0.30, 0},
            {3, 1.80, 0.00, -2.8, -1.10, 0},
            {3, 5.70, 3.20, -1.3, -0.50, 0},
            {3, 4.00, 0.80, -5.8, -2.66, 0}};
    // Log corrections of the trace mean and variance: sqrt(n-r)/T, (n-r)/T, (n-r)^2/T^2, [n-r = 1]/T, [n-r = 1],
    // [n-r = 2], [n-r = 3].
    private static final double[][] TRACE_MEAN_SAMPLE = {
            {-0.101, 0.499, 0.896, -0.562, 0.00229, 0.00662, 0},
            {0, 0.465, 0.984, -0.273, -0.00244, 0, 0},
            {0.134, 0.422, 1.02, 2.17, -0.00182, 0, -0.00321},
            {0.0252, 0.448, 1.09, -0.353, 0, 0, 0},
            {-0.819, 0.615, 0.896, 2.43, 0.00149, 0, 0}};
    private static final double[][] TRACE_VARIANCE_SAMPLE = {
            {-0.204, 0.980, 3.11, -2.14, 0.0499, -0.0103, -0.00902},
            {0.224, 0.863, 3.38, -0.807, 0, 0, -0.0091},
            {0.422, 0.734, 3.76, 4.32, -0.00606, 0, -0.00718},
            {0, 0.836, 3.99, -1.33, -0.00298, -0.00139, -0.00268},
            {-1.29, 1.01, 3.92, 4.67, 0.00484, -0.00127, -0.0199}};
    // Max-eigen mean and variance: n-r, 1, [n-r = 1], [n-r = 2], sqrt(n-r).
    private static final double[][] MAX_MEAN = {
            {6.0019, -2.75580, 0.67185, 0.114900, -2.77640},
            {5.9498, 0.43402, 0.04836, 0.018198, -2.36690},
            {5.8271, -1.64870, -1.61180, -0.259490, -1.56660},
            {5.8658, 2.55950, -0.34443, -0.077991, -1.75520},
            {5.6364, -0.90531, -3.51660, -0.479660, -0.21447}};
    private static final double[][] MAX_VARIANCE = {
            {1.8806, -15.499, 1.11360, 0.070508, 14.714},
            {2.2231, -7.9064, 0.58592, -0.034324, 12.058},
            {2.0785, -9.7846, -3.36800, -0.245280, 13.074},
            {1.9955, -5.5428, 1.24250, 0.419490, 12.841},
            {2.0899, -5.3303, -7.15230, -0.252600, 12.393}};

    /** Asymptotic p-value of the trace statistic with {@code trends} = n − r common trends. */
    static double trace(double statistic, JohansenCase det, int trends) {
        double[] x = asymptotic(trends);
        return upperTail(dot(TRACE_MEAN[det.number() - 1], x), dot(TRACE_VARIANCE[det.number() - 1], x),
                statistic);
    }

    /** The trace p-value corrected for the sample size, {@code df} observations minus parameters per equation. */
    static double traceCorrected(double statistic, JohansenCase det, int trends, int df) {
        int c = det.number() - 1;
        double[] x = asymptotic(trends);
        double t = df;
        double[] s = {Math.sqrt(trends) / t, trends / t, (double) trends * trends / (t * t), trends == 1 ? 1 / t : 0,
                trends == 1 ? 1 : 0, trends == 2 ? 1 : 0, trends == 3 ? 1 : 0};
        double mean = dot(TRACE_MEAN[c], x) * Math.exp(dot(TRACE_MEAN_SAMPLE[c], s));
        double variance = dot(TRACE_VARIANCE[c], x) * Math.exp(dot(TRACE_VARIANCE_SAMPLE[c], s));
        return upperTail(mean, variance, statistic);
    }

    /** Asymptotic p-value of the maximum-eigenvalue statistic with {@code trends} = n − r common trends. */
    static double maxEigen(double statistic, JohansenCase det, int trends) {
        double[] x = asymptotic(trends);
        double[] tail = {x[1], x[2], x[3], x[4], x[5]};
        return upperTail(dot(MAX_MEAN[det.number() - 1], tail), dot(MAX_VARIANCE[det.number() - 1], tail),
                statistic);
    }

    private static double[] asymptotic(int n) {
        return new double[] {(double) n * n, n, 1, n == 1 ? 1 : 0, n == 2 ? 1 : 0, Math.sqrt(n)};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** P(X > x) for the gamma distribution with this mean and variance (shape m^2/v, scale v/m). */
    private static double upperTail(double mean, double variance, double x) {
        if (!(x > 0)) {
            return 1;
        }
        return Gamma.regularizedGammaQ(mean * mean / variance, x * mean / variance);
    }
}
