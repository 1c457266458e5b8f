package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.stats.ols.Distributions;

/**
 * Block (Granger) causality inside a fitted VAR: the Wald test that the coefficients of the causing variables'
 * lags 1..q in the caused variables' equations are all zero, with the covariance {@code (Z'Z)^-1 kron Sigma_u}
 * (statsmodels' {@code test_causality}). The F form divides by the number of restrictions and uses
 * {@code F(r, K (T - m))}. With q smaller than the VAR's order (the extra lags of Toda-Yamamoto), only the
 * first q lags are restricted.
 */
public final class Causality {
    private Causality() {
    }

    /** Wald and F statistics with their degrees of freedom and p-values. */
    public record Result(List<String> causing, List<String> caused, int restrictedLags, double wald, int df,
            double waldPValue, double f, int dfDenom, double fPValue) {
    }

    public static Result test(VarFit fit, List<String> causing, List<String> caused, int restrictedLags) {
        if (causing.isEmpty() || caused.isEmpty()) {
            throw new IllegalArgumentException("a causality test needs at least one causing and one caused variable");
        }
        for (String c : causing) {
            if (caused.contains(c)) {
                throw new IllegalArgumentException(c + " cannot be both causing and caused");
            }
        }
        if (restrictedLags < 1 || restrictedLags > fit.lags()) {
            throw new IllegalArgumentException("a causality test restricts 1.." + fit.lags() + " lags, got "
                    + restrictedLags);
        }
        int k = fit.k();
        List<int[]> idx = new ArrayList<>();
        for (int l = 1; l <= restrictedLags; l++) {
            for (String ing : causing) {
                int j = index(fit, ing);
                for (String ed : caused) {
                    int e = index(fit, ed);
                    idx.add(new int[] {fit.deterministic() + (l - 1) * k + j, e});
                }
            }
        }
        int r = idx.size();
        double[] b = new double[r];
        double[][] v = new double[r][r];
        for (int a = 0; a < r; a++) {
            b[a] = fit.param(idx.get(a)[0], idx.get(a)[1]);
            for (int c = 0; c < r; c++) {
                v[a][c] = fit.covariance(idx.get(a)[0], idx.get(a)[1], idx.get(c)[0], idx.get(c)[1]);
            }
        }
        double wald = Matrices.quadraticFormInverse(b, v, "the covariance of the restricted coefficients");
        int dfDenom = k * fit.dfResid();
        double f = wald / r;
        return new Result(List.copyOf(causing), List.copyOf(caused), restrictedLags, wald, r,
                Distributions.chiSquareUpper(wald, r), f, dfDenom, Distributions.fUpper(f, r, dfDenom));
    }

    private static int index(VarFit fit, String name) {
        int i = fit.names().indexOf(name.trim());
        if (i < 0) {
            throw new IllegalArgumentException(name + " is not one of the VAR's variables ("
                    + String.join(", ", fit.names()) + ")");
        }
        return i;
    }
}
