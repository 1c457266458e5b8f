package org.tradeworkbench.core.stats.unitroot;

/**
 * The distribution of the Zivot-Andrews statistic as statsmodels 0.13 tabulates it in
 * {@code ZivotAndrewsUnitRoot}: 48 simulated quantiles per model (100,000 replications of 2,000 observations).
 * p-values are linear interpolations in that table (numpy's {@code interp}: a statistic beyond the table gets the
 * end's percentage, so p lies in [0.00001, 0.999]); the critical values are its 1, 5 and 10 percent quantiles.
 */
public final class ZivotAndrewsCriticalValues {
    /** Where the critical values and p-values come from, as reported with each result. */
    public static final String SOURCE = "statsmodels 0.13 zivot_andrews table: simulated quantiles "
            + "(100,000 replications, 2,000 observations), p-value by linear interpolation";

    /** The significance levels of {@link #criticalValues}, in order. */
    public static final double[] LEVELS = {0.01, 0.05, 0.10};

    private static final double[] PERCENT = {0.001, 0.100, 0.200, 0.300, 0.400, 0.500, 0.600, 0.700, 0.800, 0.900,
        1.000, 2.500, 5.000, 7.500, 10.000, 12.500, 15.000, 17.500, 20.000, 22.500, 25.000, 27.500, 30.000, 32.500,
        35.000, 37.500, 40.000, 42.500, 45.000, 47.500, 50.000, 52.500, 55.000, 57.500, 60.000, 65.000, 70.000,
        75.000, 80.000, 85.000, 90.000, 92.500, 95.000, 96.000, 97.000, 98.000, 99.000, 99.900};

    private static final double[] INTERCEPT = {-6.78442, -5.83192, -5.68139, -5.58461, -5.51308, -5.45043,
        -5.39924, -5.36023, -5.33219, -5.30294, -5.27644, -5.03340, -4.81067, -4.67636, -4.56618, -4.48130,
        -4.40507, -4.33947, -4.28155, -4.22683, -4.17830, -4.13101, -4.08586, -4.04455, -4.00380, -3.96144,
        -3.92078, -3.88178, -3.84503, -3.80549, -3.77031, -3.73209, -3.69600, -3.65985, -3.62126, -3.54580,
        -3.46848, -3.38533, -3.29112, -3.17832, -3.04165, -2.95146, -2.83179, -2.76465, -2.68624, -2.57884,
        -2.40044, -1.88932};

    private static final double[] TREND = {-83.9094, -13.8837, -9.13205, -6.32564, -5.60803, -5.38794, -5.26585,
        -5.18734, -5.12756, -5.07984, -5.03421, -4.65634, -4.40580, -4.25214, -4.13678, -4.03765, -3.95185,
        -3.87945, -3.81295, -3.75273, -3.69836, -3.64785, -3.59819, -3.55146, -3.50522, -3.45987, -3.41672,
        -3.37465, -3.33394, -3.29393, -3.25316, -3.21244, -3.17124, -3.13211, -3.09204, -3.01135, -2.92897,
        -2.83614, -2.73893, -2.62840, -2.49611, -2.41337, -2.30820, -2.25797, -2.19648, -2.11320, -1.99138,
        -1.67466};

    private static final double[] BOTH = {-38.17800, -6.43107, -6.07279, -5.95496, -5.86254, -5.77081, -5.72541,
        -5.68406, -5.65163, -5.60419, -5.57556, -5.29704, -5.07332, -4.93003, -4.82668, -4.73711, -4.66020,
        -4.58970, -4.52855, -4.47100, -4.42011, -4.37387, -4.32705, -4.28126, -4.23793, -4.19822, -4.15800,
        -4.11946, -4.08064, -4.04286, -4.00489, -3.96837, -3.93200, -3.89496, -3.85577, -3.77795, -3.69794,
        -3.61852, -3.52485, -3.41665, -3.28527, -3.19724, -3.08769, -3.03088, -2.96091, -2.85581, -2.71015,
        -2.28767};

    private ZivotAndrewsCriticalValues() {
    }

    /** The interpolated p-value of {@code statistic} under the model {@code breakType}. */
    public static double pValue(double statistic, ZivotAndrewsBreak breakType) {
        if (!Double.isFinite(statistic)) {
            throw new IllegalArgumentException("the Zivot-Andrews statistic must be finite, got " + statistic);
        }
        return interpolate(statistic, quantiles(breakType), PERCENT) / 100.0;
    }

    /** The critical values at 1, 5 and 10 percent. */
    public static double[] criticalValues(ZivotAndrewsBreak breakType) {
        double[] q = quantiles(breakType);
        double[] out = new double[LEVELS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = interpolate(LEVELS[i] * 100.0, PERCENT, q);
        }
        return out;
    }

    private static double[] quantiles(ZivotAndrewsBreak breakType) {
        switch (breakType) {
            case INTERCEPT:
                return INTERCEPT;
            case TREND:
                return TREND;
            default:
                return BOTH;
        }
    }

    /** numpy's {@code interp(x, xp, fp)} for increasing {@code xp}: clamped at the ends. */
    private static double interpolate(double x, double[] xp, double[] fp) {
        int last = xp.length - 1;
        if (x <= xp[0]) {
            return fp[0];
        }
        if (x >= xp[last]) {
            return fp[last];
        }
        int j = 0;
        while (xp[j + 1] <= x) {
            j++;
        }
        if (x == xp[j]) {
            return fp[j];
        }
        double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
        return slope * (x - xp[j]) + fp[j];
    }
}
