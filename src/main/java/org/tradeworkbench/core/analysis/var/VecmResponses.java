package org.tradeworkbench.core.analysis.var;

import java.util.HashSet;
import java.util.List;

/**
 * Responses of the VAR in levels a VECM implies. The reduced-rank estimates of Pi, Gamma and the residual
 * covariance do not depend on the order of the variables, so a Cholesky order is applied by permuting the
 * implied coefficients and covariance rather than re-estimating.
 */
final class VecmResponses {
    private VecmResponses() {
    }

    static void checkOrder(VecmSpec vecm, List<String> order) {
        if (order.isEmpty()) {
            return;
        }
        if (order.size() != vecm.variables().size() || !new HashSet<>(order).equals(new HashSet<>(vecm.variables()))) {
            throw new IllegalArgumentException("the Cholesky order must list each of the VECM's variables ("
                    + String.join(", ", vecm.variables()) + ") once, got " + String.join(", ", order));
        }
    }

    static int[] permutation(VecmSpec vecm, List<String> order) {
        int[] perm = new int[vecm.variables().size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = order.isEmpty() ? i : vecm.variables().indexOf(order.get(i));
        }
        return perm;
    }

    /** {@code [h][response][impulse]}, h = 0..H, in the VECM's variable order. */
    static double[][][] responses(VecmReport r, IrfKind kind, int horizon, int[] perm) {
        int k = perm.length;
        int p = r.spec().lags();
        double[][][] a = new double[p + 1][][];
        for (int l = 1; l <= p; l++) {
            a[l] = permuted(r.levelsCoefficients(l), perm);
        }
        double[][] sigma = permuted(r.estimates().residualCovariance(), perm);
        double[][][] phi = ImpulseResponses.movingAverage(a, k, p, horizon);
        return VarOrder.restore(ImpulseResponses.responses(phi, sigma, kind), perm);
    }

    /** {@code [h][variable][shock]} for the 1..H step forecasts, in the VECM's variable order. */
    static double[][][] varianceDecomposition(VecmReport r, int horizon, int[] perm) {
        int k = perm.length;
        int p = r.spec().lags();
        double[][][] a = new double[p + 1][][];
        for (int l = 1; l <= p; l++) {
            a[l] = permuted(r.levelsCoefficients(l), perm);
        }
        double[][] sigma = permuted(r.estimates().residualCovariance(), perm);
        double[][][] theta = ImpulseResponses.responses(ImpulseResponses.movingAverage(a, k, p, horizon - 1), sigma,
                IrfKind.ORTHOGONALISED);
        return VarOrder.restore(ImpulseResponses.shares(theta), perm);
    }

    private static double[][] permuted(double[][] m, int[] perm) {
        int k = perm.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = m[perm[i]][perm[j]];
            }
        }
        return out;
    }
}
