package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;

/**
 * The Cointegration tab's choice: one of the four tests with its spec (the others null). What the workbench
 * file keeps as {@code panels.cointegration.spec} and what Export all runs.
 */
public record CointegrationSpec(CointegrationMethod method, EngleGrangerSpec engleGranger, JohansenSpec johansen,
                                ArdlSpec ardl, PhillipsOuliarisSpec phillipsOuliaris) {
    public CointegrationSpec {
        if (method == null) {
            throw new IllegalArgumentException("the cointegration test is required");
        }
        int given = (engleGranger == null ? 0 : 1) + (johansen == null ? 0 : 1) + (ardl == null ? 0 : 1)
                + (phillipsOuliaris == null ? 0 : 1);
        boolean ok = given == 1 && switch (method) {
            case ENGLE_GRANGER -> engleGranger != null;
            case JOHANSEN -> johansen != null;
            case ARDL -> ardl != null;
            case PHILLIPS_OULIARIS -> phillipsOuliaris != null;
        };
        if (!ok) {
            throw new IllegalArgumentException("the cointegration spec must hold the choices of "
                    + method.label() + " and of no other test");
        }
    }

    public static CointegrationSpec of(EngleGrangerSpec s) {
        return new CointegrationSpec(CointegrationMethod.ENGLE_GRANGER, s, null, null, null);
    }

    public static CointegrationSpec of(JohansenSpec s) {
        return new CointegrationSpec(CointegrationMethod.JOHANSEN, null, s, null, null);
    }

    public static CointegrationSpec of(ArdlSpec s) {
        return new CointegrationSpec(CointegrationMethod.ARDL, null, null, s, null);
    }

    public static CointegrationSpec of(PhillipsOuliarisSpec s) {
        return new CointegrationSpec(CointegrationMethod.PHILLIPS_OULIARIS, null, null, null, s);
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
            case PHILLIPS_OULIARIS -> phillipsOuliaris.variables();
        };
    }
}
