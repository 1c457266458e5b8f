package org.tradeworkbench.core.analysis.var;

import java.util.HashSet;
import java.util.List;

/** A Cholesky order: a permutation of the VAR's variables, and the data with its columns in that order. */
final class VarOrder {
    private VarOrder() {
    }

    static void check(VarModel model, List<String> order) {
        if (order.isEmpty()) {
            return;
        }
        if (order.size() != model.variables().size() || !new HashSet<>(order).equals(new HashSet<>(model.variables()))) {
            throw new IllegalArgumentException("the Cholesky order must list each of the VAR's variables ("
                    + String.join(", ", model.variables()) + ") once, got " + String.join(", ", order));
        }
    }

    /** {@code perm[i]}: the column of the model's data that comes i-th in {@code order}. */
    static int[] permutation(VarModel model, List<String> order) {
        int[] perm = new int[model.variables().size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = order.isEmpty() ? i : model.variables().indexOf(order.get(i));
        }
        return perm;
    }

    static VarData reorder(VarData d, int[] perm) {
        double[][] y = new double[d.size()][perm.length];
        String[] names = new String[perm.length];
        for (int i = 0; i < perm.length; i++) {
            names[i] = d.names().get(perm[i]);
            for (int t = 0; t < d.size(); t++) {
                y[t][i] = d.y()[t][perm[i]];
            }
        }
        return new VarData(List.of(names), d.exogNames(), y, d.exog(), d.labels());
    }

    /** Responses {@code [h][r][i]} in the permuted order back in the model's order. */
    static double[][][] restore(double[][][] a, int[] perm) {
        int k = perm.length;
        double[][][] out = new double[a.length][k][k];
        for (int h = 0; h < a.length; h++) {
            for (int r = 0; r < k; r++) {
                for (int i = 0; i < k; i++) {
                    out[h][perm[r]][perm[i]] = a[h][r][i];
                }
            }
        }
        return out;
    }
}
