package org.tradeworkbench.core.analysis.cointegration;

/**
 * Asymptotic critical values of the Phillips-Ouliaris statistics: P. C. B. Phillips and S. Ouliaris (1990),
 * "Asymptotic Properties of Residual Based Tests for Cointegration", Econometrica 58(1), 165-193, Tables Ia-Ic
 * (Pu) and IIa-IIc (Pz), the 10%, 5% and 1% columns, for 1..5 regressors (2..6 variables), as R urca 1.3.3's
 * {@code ca.po} prints them. Both statistics reject "no cointegration" for large values.
 */
public final class PhillipsOuliarisTables {
    /** The tables stop at five regressors. */
    public static final int MAX_VARIABLES = 6;
    public static final String SOURCE = "Phillips and Ouliaris (1990), Econometrica 58(1), Table ";

    /** [demean][regressors - 1][10%, 5%, 1%]: Tables Ia (none), Ib (constant), Ic (trend). */
    private static final double[][][] PU = {
        {
            {20.3933, 25.9711, 38.3413},
            {26.7022, 32.9392, 46.4097},
            {33.5359, 40.1220, 55.7341},
            {39.2826, 46.2691, 63.2149},
            {44.3725, 51.8614, 69.4939},
        },
        {
            {27.8536, 33.7130, 48.0021},
            {33.6955, 40.5252, 53.8731},
            {39.6949, 46.7281, 63.4128},
            {45.3308, 53.2502, 71.5214},
            {50.3537, 57.7855, 76.7705},
        },
        {
            {41.2488, 48.8439, 65.1714},
            {46.1061, 53.8300, 69.2629},
            {52.0015, 60.2384, 78.3470},
            {57.3667, 65.8706, 84.5480},
            {61.6155, 70.7416, 91.0392},
        },
    };

    /** [demean][regressors - 1][10%, 5%, 1%]: Tables IIa (none), IIb (constant), IIc (trend). */
    private static final double[][][] PZ = {
        {
            {33.9267, 40.8217, 55.1911},
            {62.1436, 71.2751, 89.6679},
            {99.2664, 109.7426, 131.5716},
            {143.0775, 155.8019, 180.4845},
            {195.6202, 210.2910, 237.7723},
        },
        {
            {47.5877, 55.2202, 71.9273},
            {80.2034, 89.7619, 109.4525},
            {120.3035, 132.2207, 153.4504},
            {168.8572, 182.0749, 209.8054},
            {225.2303, 241.3316, 270.5018},
        },
        {
            {71.9586, 81.3812, 102.0167},
            {113.4929, 124.3933, 145.8644},
            {163.1050, 175.9902, 201.0905},
            {219.5098, 234.2865, 264.4988},
            {284.0100, 301.0949, 335.9054},
        },
    };

    private PhillipsOuliarisTables() {
    }

    /** The 10%, 5% and 1% critical values for {@code variables} (2..6) variables in all. */
    public static double[] criticalValues(PhillipsOuliarisType type, PhillipsOuliarisDemean demean, int variables) {
        if (variables < 2 || variables > MAX_VARIABLES) {
            throw new IllegalArgumentException("Phillips and Ouliaris' tables cover 2.." + MAX_VARIABLES
                    + " variables, got " + variables);
        }
        double[][][] t = type == PhillipsOuliarisType.PU ? PU : PZ;
        return t[demean.ordinal()][variables - 2].clone();
    }

    /** The table's name in the paper, e.g. {@code Ib} or {@code IIc}. */
    public static String table(PhillipsOuliarisType type, PhillipsOuliarisDemean demean) {
        return (type == PhillipsOuliarisType.PU ? "I" : "II") + "abc".charAt(demean.ordinal());
    }
}
