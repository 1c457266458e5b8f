package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.OlsOptions;

/**
 * The Granger tests of one pair of variables at lag orders 1..p (or p alone), on the pair's own common sample,
 * each order on its own: an order that cannot be tested (too few observations, a collinear design) carries its
 * reason and the other orders are still tested; a pair that cannot be formed (an unknown name, a gap) gives every
 * order that reason. Used by the causality analysis for every pair of its variables.
 */
public final class PairwiseGranger {
    private PairwiseGranger() {
    }

    /**
     * Both directions at one lag order, or why they could not be tested.
     *
     * @param result "cause does not Granger-cause effect" and the reverse, or null
     * @param problem why not, or null
     */
    public record Order(int lags, GrangerResult result, String problem) {
        public boolean ok() {
            return result != null;
        }
    }

    /**
     * @param allLags    every order 1..lags rather than {@code lags} alone
     * @param restricted shared between the pairs of one table (thread-safe map): each series' own-lag
     *                   regressions, the same for every pair with the same sample
     */
    public static List<Order> test(Dataset data, String cause, String effect, int lags, boolean allLags,
            Map<String, double[]> restricted) {
        return test(data, cause, effect, lags, allLags, restricted, OlsOptions.DEFAULT);
    }

    /**
     * @param options the coefficient covariance of the tests (its other choices are not used); classical gives the
     *                SSR F test
     */
    public static List<Order> test(Dataset data, String cause, String effect, int lags, boolean allLags,
            Map<String, double[]> restricted, OlsOptions options) {
        if (lags < 1) {
            throw new DataException("the lag order must be at least 1, got " + lags);
        }
        int from = allLags ? 1 : lags;
        Granger.Pair p;
        try {
            p = Granger.pair(data, cause, effect);
        } catch (DataException | IllegalArgumentException e) {
            List<Order> out = new ArrayList<>();
            for (int l = from; l <= lags; l++) {
                out.add(new Order(l, null, e.getMessage()));
            }
            return out;
        }
        boolean classical = options.covariance() == CovarianceType.CLASSICAL;
        if (allLags && classical && p.presample() == 0) {
            List<Order> fast = allOrders(p, lags, restricted);
            if (fast != null) {
                return fast;
            }
        }
        return orderByOrder(p, from, lags, options);
    }

    private static List<Order> orderByOrder(Granger.Pair p, int from, int to, OlsOptions options) {
        List<Order> out = new ArrayList<>();
        for (int l = from; l <= to; l++) {
            try {
                // With presample values each order's regressions start at the sample's start.
                Granger.Pair q = p.keepPresample(l);
                GrangerStatistic forward = Granger.compute(q.cause(), q.causeValues(), q.effect(), q.effectValues(),
                        l, q.labels(), options);
                GrangerStatistic reverse = Granger.compute(q.effect(), q.effectValues(), q.cause(), q.causeValues(),
                        l, q.labels(), options);
                out.add(new Order(l, new GrangerResult(forward, reverse), null));
            } catch (DataException | IllegalArgumentException e) {
                out.add(new Order(l, null, e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Orders 1..lags of both directions from one QR per regression ({@link NestedLagSsr}); null when the sample
     * is too short or a design collinear, which the order-by-order way reports at the order it appears.
     */
    private static List<Order> allOrders(Granger.Pair p, int lags, Map<String, double[]> restricted) {
        double[] x = p.causeValues();
        double[] y = p.effectValues();
        int n = y.length;
        if (n < Granger.minimumLength(lags)) {
            return null;
        }
        String sample = "\u0000" + p.labels()[0] + "\u0000" + n;
        double[] rY = restricted.computeIfAbsent(p.effect() + sample,
                key -> NestedLagSsr.ssrByOrder(y, new double[][] {y}, lags));
        double[] rX = restricted.computeIfAbsent(p.cause() + sample,
                key -> NestedLagSsr.ssrByOrder(x, new double[][] {x}, lags));
        double[] uY = NestedLagSsr.ssrByOrder(y, new double[][] {y, x}, lags);
        double[] uX = NestedLagSsr.ssrByOrder(x, new double[][] {x, y}, lags);
        if (rY == null || rX == null || uY == null || uX == null) {
            return null;
        }
        List<Order> out = new ArrayList<>();
        for (int l = 1; l <= lags; l++) {
            out.add(new Order(l, new GrangerResult(
                    Granger.statistic(p.cause(), p.effect(), l, n, rY[l], uY[l], p.labels()),
                    Granger.statistic(p.effect(), p.cause(), l, n, rX[l], uX[l], p.labels())), null));
        }
        return out;
    }
}
