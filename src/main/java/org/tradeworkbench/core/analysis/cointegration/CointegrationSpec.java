package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;

/**
 * The Cointegration tab's choice: one of the three tests with its spec (the other two null). What the workbench
 * file keeps as {@code panels.cointegration.spec} and what Export all runs.
 */
public record CointegrationSpec(CointegrationMethod method, EngleGrangerSpec engleGranger, JohansenSpec johansen,
                                ArdlSpec ardl) {
    public CointegrationSpec {
        if (method == null) {
            throw new IllegalArgumentException("the cointegration test is required");
        }
        boolean ok = switch (method) {
            case ENGLE_GRANGER -> engleGranger != null && johansen == null && ardl == null;
            case JOHANSEN -> johansen != null && engleGranger == null && ardl == null;
            case ARDL -> ardl != null && engleGranger == null && johansen == null;
        };
        if (!ok) {
            throw new IllegalArgumentException("the cointegration spec must hold the choices of "
                    + method.label() + " and of no other test");
        }
    }

    public static CointegrationSpec of(EngleGrangerSpec s) {
        return new CointegrationSpec(CointegrationMethod.ENGLE_GRANGER, s, null, null);
    }

    public static CointegrationSpec of(JohansenSpec s) {
        return new CointegrationSpec(CointegrationMethod.JOHANSEN, null, s, null);
    }

    public static CointegrationSpec of(ArdlSpec s) {
        return new CointegrationSpec(CointegrationMethod.ARDL, null, null, s);
    }

    /** The tab's defaults: Engle-Granger with a constant, lags by AIC (statsmodels' {@code coint}). */
    public static CointegrationSpec defaults(List<String> variables) {
        return of(EngleGrangerSpec.of(variables));
    }

    public List<String> variables() {
        return switch (method) {
            case ENGLE_GRANGER -> engleGranger.variables();
            case JOHANSEN -> johansen.variables();
            case ARDL -> ardl.variables();
        };
    }
}
