package org.tradeworkbench.core.analysis.var;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Bootstrap bands of impulse responses (Runkle 1987; Lütkepohl 2005, Appendix D.3): each draw rebuilds the
 * sample recursively from the first p observations with the fitted coefficients and residuals resampled with
 * replacement (centred), refits the VAR and computes its responses; the bands are percentiles of the draws
 * (linear interpolation between order statistics). Draw b uses its own generator seeded from (seed, b), so the
 * bands do not depend on how the draws are spread over the cores.
 */
final class BootstrapIrf {
    private BootstrapIrf() {
    }

    /** Lower and upper bands, {@code [h][response][impulse]}, and the number of draws whose refit failed. */
    record Bands(double[][][] lower, double[][][] upper, int failed) {
    }

    static Bands bands(VarData d, VarFit fit, IrfKind kind, int horizon, int draws, long seed, double level,
            ProgressReporter progress) {
        return bands(d, fit, f -> ImpulseResponses.responses(f, kind, horizon), "impulse responses", draws, seed,
                level, progress);
    }

    /**
     * Percentile bands of {@code statistic} ({@code [h][i][j]}) over the draws; draw b has its own generator
     * seeded from (seed, b), so the bands do not depend on the number of cores.
     */
    static Bands bands(VarData d, VarFit fit, java.util.function.Function<VarFit, double[][][]> statistic,
            String what, int draws, long seed, double level, ProgressReporter progress) {
        double[][] u = centred(fit.residuals());
        AtomicInteger done = new AtomicInteger();
        List<double[][][]> sims = IntStream.range(0, draws).parallel().mapToObj(b -> {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            double[][][] r = one(d, fit, u, statistic, new SplittableRandom(mix(seed, b)));
            int n = done.incrementAndGet();
            if (n % 10 == 0 || n == draws) {
                synchronized (progress) {
                    progress.message("Bootstrap " + what + ": draw " + n + " of " + draws);
                    progress.progress((double) n / draws);
                }
            }
            return r;
        }).filter(Objects::nonNull).toList();
        int failed = draws - sims.size();
        if (sims.size() < Math.max(10, draws * 0.9)) {
            throw new DataException(failed + " of " + draws + " bootstrap draws gave a VAR that could not be fitted "
                    + "(collinear or degenerate resampled data); the bands would not be reliable");
        }
        double[][][] first = sims.get(0);
        int rows = first.length;
        int k = first[0].length;
        double[][][] lo = new double[rows][k][k];
        double[][][] hi = new double[rows][k][k];
        double[] v = new double[sims.size()];
        for (int h = 0; h < rows; h++) {
            for (int r = 0; r < k; r++) {
                for (int i = 0; i < k; i++) {
                    for (int s = 0; s < v.length; s++) {
                        v[s] = sims.get(s)[h][r][i];
                    }
                    Arrays.sort(v);
                    lo[h][r][i] = quantile(v, (1 - level) / 2);
                    hi[h][r][i] = quantile(v, (1 + level) / 2);
                }
            }
        }
        return new Bands(lo, hi, failed);
    }

    private static long mix(long seed, int b) {
        long z = seed * 0x9E3779B97F4A7C15L + (b + 1L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** numpy's default percentile: linear between order statistics, position q (n - 1). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** One draw's statistic, or null when the resampled VAR cannot be fitted. */
    private static double[][][] one(VarData d, VarFit fit, double[][] u,
            java.util.function.Function<VarFit, double[][][]> statistic, SplittableRandom rnd) {
        int n = d.size();
        int k = fit.k();
        int p = fit.lags();
        double[][] det = fit.deterministicParams();
        double[][][] a = new double[p + 1][][];
        for (int l = 1; l <= p; l++) {
            a[l] = fit.coefficients(l);
        }
        int terms = fit.trend().terms();
        double[][] y = new double[n][];
        for (int t = 0; t < p; t++) {
            y[t] = d.y()[t].clone();
        }
        for (int t = p; t < n; t++) {
            double[] row = u[rnd.nextInt(u.length)].clone();
            for (int e = 0; e < k; e++) {
                int r = 0;
                if (terms >= 1) {
                    row[e] += det[r++][e];
                }
                if (terms >= 2) {
                    row[e] += det[r++][e] * (t + 1);
                }
                for (int j = 0; j < d.exogNames().size(); j++) {
                    row[e] += det[r++][e] * d.exog()[t][j];
                }
            }
            for (int l = 1; l <= p; l++) {
                double[] prev = y[t - l];
                for (int e = 0; e < k; e++) {
                    double s = 0;
                    for (int j = 0; j < k; j++) {
                        s += a[l][e][j] * prev[j];
                    }
                    row[e] += s;
                }
            }
            y[t] = row;
        }
        try {
            VarFit f = VarFit.estimate(new VarData(d.names(), d.exogNames(), y, d.exog(), d.labels()), p, fit.trend());
            double[][][] r = statistic.apply(f);
            for (double[][] m : r) {
                for (double[] row : m) {
                    for (double x : row) {
                        if (!Double.isFinite(x)) {
                            return null;
                        }
                    }
                }
            }
            return r;
        } catch (DataException e) {
            return null;
        }
    }

    private static double[][] centred(double[][] u) {
        int k = u[0].length;
        double[] mean = new double[k];
        for (double[] row : u) {
            for (int i = 0; i < k; i++) {
                mean[i] += row[i] / u.length;
            }
        }
        double[][] out = new double[u.length][k];
        for (int t = 0; t < u.length; t++) {
            for (int i = 0; i < k; i++) {
                out[t][i] = u[t][i] - mean[i];
            }
        }
        return out;
    }
}
