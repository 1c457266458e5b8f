package org.tradeworkbench.core.analysis.cointegration;

/**
 * Which critical-value bounds a bounds test uses: Pesaran-Shin-Smith (2001) asymptotic ones ({@link PssTables}),
 * and Narayan's (2005) small-sample ones ({@link NarayanTables}) where they exist.
 */
final class BoundsCriticalValues {
    /** Largest number of level regressors besides y that PSS tabulate. */
    static final int MAX_K_PSS = 10;
    /** Largest number that Narayan tabulates. */
    static final int MAX_K_NARAYAN = 7;

    private BoundsCriticalValues() {
    }

    /** PSS F bounds for case 1..5 and k regressors: I(0), I(1) at 10, 5, 2.5, 1%. */
    static double[] pssF(int boundsCase, int k) {
        return PssTables.F[boundsCase - 1][k].clone();
    }

    /** PSS t bounds for cases 1, 3, 5, or null (PSS tabulate none for cases 2 and 4). */
    static double[] pssT(int boundsCase, int k) {
        return switch (boundsCase) {
            case 1 -> PssTables.T[0][k].clone();
            case 3 -> PssTables.T[1][k].clone();
            case 5 -> PssTables.T[2][k].clone();
            default -> null;
        };
    }

    /**
     * Narayan's table for {@code n} observations: the nearest tabulated size (ties to the smaller, as Kripfganz
     * and Schneider's {@code ardl}), the size 30 below 30, none above 80, for case 1, or for k &gt; 7.
     */
    static Narayan narayan(int boundsCase, int k, int n) {
        if (boundsCase == 1 || k > MAX_K_NARAYAN || n > 80) {
            return null;
        }
        double[][][] bySize = NarayanTables.F[boundsCase - 2];
        int best = -1;
        for (int i = 0; i < NarayanTables.SIZES.length; i++) {
            if (bySize[i] == null) {
                continue;
            }
            if (best < 0 || Math.abs(NarayanTables.SIZES[i] - n) < Math.abs(NarayanTables.SIZES[best] - n)) {
                best = i;
            }
        }
        return new Narayan(NarayanTables.SIZES[best], bySize[best][k].clone());
    }

    /** @param bounds I(0), I(1) at 10, 5 and 1% */
    record Narayan(int size, double[] bounds) {
    }
}
