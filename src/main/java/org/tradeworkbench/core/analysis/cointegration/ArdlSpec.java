package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;

/**
 * An ARDL bounds test (Pesaran, Shin and Smith 2001): the order of ARDL(p, q1, ..., qk) chosen by AIC or BIC
 * over p = 1..maxLag and each q = 0..maxLag on one common sample, then the bounds F and t tests in the
 * error-correction form.
 *
 * @param variables  the dependent variable, then the k regressors (series expressions; k = 1..10)
 * @param maxLag     the largest lag of y and of each regressor tried, 1..12
 * @param criterion  AIC or BIC
 * @param boundsCase PSS case 1..5: 1 none; 2 restricted constant; 3 unrestricted constant; 4 unrestricted
 *                   constant, restricted trend; 5 unrestricted constant and trend
 */
public record ArdlSpec(List<String> variables, int maxLag, LagCriterion criterion, int boundsCase) {
    public static final int MAX_LAG = 12;
    /** More models than this are not fitted: ask for a smaller maximum lag or fewer regressors. */
    public static final int MAX_MODELS = 50_000;

    public ArdlSpec {
        variables = CointegrationSample.checkVariables(variables, 2);
        if (variables.size() - 1 > BoundsCriticalValues.MAX_K_PSS) {
            throw new IllegalArgumentException("the bounds tables cover at most " + BoundsCriticalValues.MAX_K_PSS
                    + " regressors besides the dependent variable, got " + (variables.size() - 1));
        }
        if (maxLag < 1 || maxLag > MAX_LAG) {
            throw new IllegalArgumentException("the maximum lag must be 1.." + MAX_LAG + ", got " + maxLag);
        }
        if (criterion == null || criterion == LagCriterion.T_STAT) {
            throw new IllegalArgumentException("the ARDL order is chosen by aic or bic");
        }
        if (boundsCase < 1 || boundsCase > 5) {
            throw new IllegalArgumentException("the bounds-test case must be 1..5, got " + boundsCase);
        }
        double models = maxLag * Math.pow(maxLag + 1, variables.size() - 1);
        if (models > MAX_MODELS) {
            throw new IllegalArgumentException("maxlag " + maxLag + " with " + (variables.size() - 1)
                    + " regressors means " + (long) models + " ARDL models; at most " + MAX_MODELS
                    + " are fitted, use a smaller maximum lag");
        }
    }

    /** AIC, case 3 (unrestricted constant, no trend). */
    public static ArdlSpec of(List<String> variables, int maxLag) {
        return new ArdlSpec(variables, maxLag, LagCriterion.AIC, 3);
    }

    /** Deterministic regressors of the ARDL and its error-correction form: 0, 1 (constant) or 2 (and trend). */
    public int deterministicCount() {
        return boundsCase == 1 ? 0 : boundsCase <= 3 ? 1 : 2;
    }

    public static String caseDescription(int boundsCase) {
        return switch (boundsCase) {
            case 1 -> "no intercept, no trend";
            case 2 -> "restricted intercept, no trend";
            case 3 -> "unrestricted intercept, no trend";
            case 4 -> "unrestricted intercept, restricted trend";
            default -> "unrestricted intercept, unrestricted trend";
        };
    }
}
