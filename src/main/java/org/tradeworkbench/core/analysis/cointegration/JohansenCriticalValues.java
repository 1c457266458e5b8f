package org.tradeworkbench.core.analysis.cointegration;

/**
 * Critical values of Johansen's trace and maximum-eigenvalue statistics at 90%, 95% and 99%, by the number of
 * common stochastic trends under the null (n - r, row 0 for n - r = 1). Transcribed, not computed:
 * <ul>
 * <li>Cases 1, 3 and 5 (no deterministic terms; unrestricted constant; unrestricted trend): MacKinnon, Haug and
 * Michelis (1999), "Numerical distribution functions of likelihood ratio tests for cointegration", J. Applied
 * Econometrics 14, as tabulated by J. P. LeSage's {@code c_sjt}/{@code c_sja} and by statsmodels'
 * {@code statsmodels.tsa.coint_tables} (the values {@code coint_johansen} prints for det_order -1, 0, 1),
 * n - r = 1..12.</li>
 * <li>Cases 2 and 4 (restricted constant; restricted trend): Osterwald-Lenum (1992), "A note with quantiles of
 * the asymptotic distribution of the maximum likelihood cointegration rank test statistics", Oxford Bulletin of
 * Economics and Statistics 54, Tables 1* and 2*, as R urca's {@code ca.jo} prints them (ecdet "const" and
 * "trend"), n - r = 1..11.</li>
 * </ul>
 * Neither source gives p-values; none are reported.
 */
final class JohansenCriticalValues {
    private JohansenCriticalValues() {
    }

    /** The significance levels of a row, in order. */
    static final double[] LEVELS = {0.10, 0.05, 0.01};

    private static final double[][] MHM_TRACE_CASE1 = {
            {2.9762, 4.1296, 6.9406},
            {10.4741, 12.3212, 16.3640},
            {21.7781, 24.2761, 29.5147},
            {37.0339, 40.1749, 46.5716},
            {56.2839, 60.0627, 67.6367},
            {79.5329, 83.9383, 92.7136},
            {106.7351, 111.7797, 121.7375},
            {137.9954, 143.6691, 154.7977},
            {173.2292, 179.5199, 191.8122},
            {212.4721, 219.4051, 232.8291},
            {255.6732, 263.2603, 277.9962},
            {302.9054, 311.1288, 326.9716},
    };
    private static final double[][] MHM_TRACE_CASE3 = {
            {2.7055, 3.8415, 6.6349},
            {13.4294, 15.4943, 19.9349},
            {27.0669, 29.7961, 35.4628},
            {44.4929, 47.8545, 54.6815},
            {65.8202, 69.8189, 77.8202},
            {91.1090, 95.7542, 104.9637},
            {120.3673, 125.6185, 135.9825},
            {153.6341, 159.5290, 171.0905},
            {190.8714, 197.3772, 210.0366},
            {232.1030, 239.2468, 253.2526},
            {277.3740, 285.1402, 300.2821},
            {326.5354, 334.9795, 351.2150},
    };
    private static final double[][] MHM_TRACE_CASE5 = {
            {2.7055, 3.8415, 6.6349},
            {16.1619, 18.3985, 23.1485},
            {32.0645, 35.0116, 41.0815},
            {51.6492, 55.2459, 62.5202},
            {75.1027, 79.3422, 87.7748},
            {102.4674, 107.3429, 116.9829},
            {133.7852, 139.2780, 150.0778},
            {169.0618, 175.1584, 187.1891},
            {208.3582, 215.1268, 228.2226},
            {251.6293, 259.0267, 273.3838},
            {298.8836, 306.8988, 322.4264},
            {350.1125, 358.7190, 375.3203},
    };
    private static final double[][] MHM_MAX_CASE1 = {
            {2.9762, 4.1296, 6.9406},
            {9.4748, 11.2246, 15.0923},
            {15.7175, 17.7961, 22.2519},
            {21.8370, 24.1592, 29.0609},
            {27.9160, 30.4428, 35.7359},
            {33.9271, 36.6301, 42.2333},
            {39.9085, 42.7679, 48.6606},
            {45.8930, 48.8795, 55.0335},
            {51.8528, 54.9629, 61.3449},
            {57.7954, 61.0404, 67.6415},
            {63.7248, 67.0756, 73.8856},
            {69.6513, 73.0946, 80.0937},
    };
    private static final double[][] MHM_MAX_CASE3 = {
            {2.7055, 3.8415, 6.6349},
            {12.2971, 14.2639, 18.5200},
            {18.8928, 21.1314, 25.8650},
            {25.1236, 27.5858, 32.7172},
            {31.2379, 33.8777, 39.3693},
            {37.2786, 40.0763, 45.8662},
            {43.2947, 46.2299, 52.3069},
            {49.2855, 52.3622, 58.6634},
            {55.2412, 58.4332, 64.9960},
            {61.2041, 64.5040, 71.2525},
            {67.1307, 70.5392, 77.4877},
            {73.0563, 76.5734, 83.7105},
    };
    private static final double[][] MHM_MAX_CASE5 = {
            {2.7055, 3.8415, 6.6349},
            {15.0006, 17.1481, 21.7465},
            {21.8731, 24.2522, 29.2631},
            {28.2398, 30.8151, 36.1930},
            {34.4202, 37.1646, 42.8612},
            {40.5244, 43.4183, 49.4095},
            {46.5583, 49.5875, 55.8171},
            {52.5858, 55.7302, 62.1741},
            {58.5316, 61.8051, 68.5030},
            {64.5292, 67.9040, 74.7434},
            {70.4630, 73.9355, 81.0678},
            {76.4081, 79.9878, 87.2395},
    };
    private static final double[][] OL_TRACE_CASE2 = {
            {7.52, 9.24, 12.97}, {17.85, 19.96, 24.6}, {32, 34.91, 41.07}, {49.65, 53.12, 60.16},
            {71.86, 76.07, 84.45}, {97.18, 102.14, 111.01}, {126.58, 131.7, 143.09}, {159.48, 165.58, 177.2},
            {196.37, 202.92, 215.74}, {236.54, 244.15, 257.68}, {282.45, 291.4, 307.64},
    };
    private static final double[][] OL_MAX_CASE2 = {
            {7.52, 9.24, 12.97}, {13.75, 15.67, 20.2}, {19.77, 22, 26.81}, {25.56, 28.14, 33.24},
            {31.66, 34.4, 39.79}, {37.45, 40.3, 46.82}, {43.25, 46.45, 51.91}, {48.91, 52, 57.95},
            {54.35, 57.42, 63.71}, {60.25, 63.57, 69.94}, {66.02, 69.74, 76.63},
    };
    private static final double[][] OL_TRACE_CASE4 = {
            {10.49, 12.25, 16.26}, {22.76, 25.32, 30.45}, {39.06, 42.44, 48.45}, {59.14, 62.99, 70.05},
            {83.2, 87.31, 96.58}, {110.42, 114.9, 124.75}, {141.01, 146.76, 158.49}, {176.67, 182.82, 196.08},
            {215.17, 222.21, 234.41}, {256.72, 263.42, 279.07}, {303.13, 310.81, 327.45},
    };
    private static final double[][] OL_MAX_CASE4 = {
            {10.49, 12.25, 16.26}, {16.85, 18.96, 23.65}, {23.11, 25.54, 30.34}, {29.12, 31.46, 36.65},
            {34.75, 37.52, 42.36}, {40.91, 43.97, 49.51}, {46.32, 49.42, 54.71}, {52.16, 55.5, 62.46},
            {57.87, 61.29, 67.88}, {63.18, 66.23, 73.73}, {69.26, 72.72, 79.23},
    };

    /**
     * The 90/95/99% critical values of the trace ({@code trace} true) or maximum-eigenvalue statistic with
     * {@code trends} = n - r common trends, or {@code null} when the source tabulates none that far.
     */
    static double[] of(JohansenCase c, boolean trace, int trends) {
        double[][] t = switch (c) {
            case NONE -> trace ? MHM_TRACE_CASE1 : MHM_MAX_CASE1;
            case RESTRICTED_CONSTANT -> trace ? OL_TRACE_CASE2 : OL_MAX_CASE2;
            case UNRESTRICTED_CONSTANT -> trace ? MHM_TRACE_CASE3 : MHM_MAX_CASE3;
            case RESTRICTED_TREND -> trace ? OL_TRACE_CASE4 : OL_MAX_CASE4;
            case UNRESTRICTED_TREND -> trace ? MHM_TRACE_CASE5 : MHM_MAX_CASE5;
        };
        return trends >= 1 && trends <= t.length ? t[trends - 1].clone() : null;
    }

    /** Who tabulated the critical values of case {@code c}. */
    static String source(JohansenCase c) {
        return switch (c) {
            case RESTRICTED_CONSTANT, RESTRICTED_TREND -> "Osterwald-Lenum (1992), as in R urca ca.jo";
            default -> "MacKinnon-Haug-Michelis (1999), as in statsmodels coint_johansen";
        };
    }
}
