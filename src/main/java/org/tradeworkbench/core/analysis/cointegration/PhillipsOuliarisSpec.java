package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;

/**
 * A Phillips-Ouliaris (1990) residual-based cointegration test with R urca's {@code ca.po} arguments.
 *
 * @param variables the variables (series expressions; 2..6, the range of Phillips and Ouliaris' tables); for
 *                  {@code Pu} the first is the one normalised on (the dependent variable of the cointegrating
 *                  regression)
 * @param type      {@code Pu} (variance ratio) or {@code Pz} (multivariate trace)
 * @param demean    the deterministic terms: none, constant, or constant and linear trend
 * @param lag       the Bartlett truncation rule of the long-run covariance: short or long
 * @param tol       the smallest reciprocal condition number of a matrix the test inverts (urca's {@code tol},
 *                  passed to R's {@code solve}); null for R's default, the machine epsilon 2.2e-16
 */
public record PhillipsOuliarisSpec(List<String> variables, PhillipsOuliarisType type, PhillipsOuliarisDemean demean,
                                   PhillipsOuliarisLag lag, Double tol) {
    /** R's {@code .Machine$double.eps}, the default tolerance of {@code solve}. */
    public static final double DEFAULT_TOL = Math.ulp(1.0);

    public PhillipsOuliarisSpec {
        variables = CointegrationSample.checkVariables(variables, 2);
        if (variables.size() > PhillipsOuliarisTables.MAX_VARIABLES) {
            throw new IllegalArgumentException("Phillips and Ouliaris' tables cover at most "
                    + PhillipsOuliarisTables.MAX_VARIABLES + " variables (" + (PhillipsOuliarisTables.MAX_VARIABLES - 1)
                    + " regressors), got " + variables.size());
        }
        if (type == null) {
            throw new IllegalArgumentException("the Phillips-Ouliaris type (pu or pz) is required");
        }
        if (demean == null) {
            throw new IllegalArgumentException("the Phillips-Ouliaris demeaning (none, constant or trend) is required");
        }
        if (lag == null) {
            throw new IllegalArgumentException("the Phillips-Ouliaris lag (short or long) is required");
        }
        if (tol != null && !(tol > 0 && tol < 1)) {
            throw new IllegalArgumentException("the tolerance must be above 0 and below 1, got " + tol);
        }
    }

    /** urca's defaults ({@code ca.po(z)}): Pu, no demeaning, the short lag. */
    public static PhillipsOuliarisSpec of(List<String> variables) {
        return new PhillipsOuliarisSpec(variables, PhillipsOuliarisType.PU, PhillipsOuliarisDemean.NONE,
                PhillipsOuliarisLag.SHORT, null);
    }

    /** The tolerance in force: {@code tol}, or R's default. */
    public double tolerance() {
        return tol == null ? DEFAULT_TOL : tol;
    }
}
