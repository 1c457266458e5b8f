package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;

/**
 * The VECM estimated by reduced-rank regression at one cointegrating rank r:
 * d(y)_t = alpha beta' z_t + sum_i Gamma_i d(y)_{t-i} + deterministic terms + e_t, where z_t is y_{t-1} followed
 * by the restricted constant or trend of cases 2 and 4.
 *
 * @param rank               r, 0..n
 * @param betaRows           names of beta's rows: the variables, then "const" or "trend" when restricted
 * @param beta               {@code beta[row][j]}: (n or n+1) x r, normalised so its first r rows are the identity
 * @param alpha              {@code alpha[i][j]}: n x r adjustment coefficients
 * @param gamma              Gamma_1..Gamma_K, each {@code gamma.get(l)[i][j]}: effect of d(y_j)_{t-l-1} in
 *                           equation i
 * @param deterministicNames names of the unrestricted deterministic terms ("const", "trend"), possibly none
 * @param deterministic      {@code deterministic[i][d]}: coefficient of term d in equation i
 * @param residualCovariance the ML residual covariance (divided by T), n x n
 * @param weakExogeneity     the LR test that each variable's row of alpha is zero (none at rank 0 or n)
 */
public record VecmEstimates(int rank, List<String> betaRows, double[][] beta, double[][] alpha,
                            List<double[][]> gamma, List<String> deterministicNames, double[][] deterministic,
                            double[][] residualCovariance, List<WeakExogeneityResult> weakExogeneity) {
    public VecmEstimates {
        weakExogeneity = List.copyOf(weakExogeneity);
        betaRows = List.copyOf(betaRows);
        gamma = List.copyOf(gamma);
        deterministicNames = List.copyOf(deterministicNames);
    }

    /** Pi = alpha beta': n x (n or n+1), the long-run impact matrix. */
    public double[][] pi() {
        int n = alpha.length;
        int p = beta.length;
        double[][] out = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int c = 0; c < rank; c++) {
                    s += alpha[i][c] * beta[j][c];
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
