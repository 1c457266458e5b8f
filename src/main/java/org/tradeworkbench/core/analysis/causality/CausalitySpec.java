package org.tradeworkbench.core.analysis.causality;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.core.stats.ols.HacSettings;
import org.tradeworkbench.core.stats.ols.OlsOptions;

/**
 * The user's choices for a causality analysis (Granger causality tests between every pair of a set of
 * variables): the variables, the lag order p, whether to test every order 1..p and the coefficient covariance of
 * the tests. The Causality tab, the {@code causality} and {@code granger} commands, the workbench file and the
 * command log all describe a run by this record.
 *
 * @param variables  names or expressions; for the variables a, b the table tests "b does not Granger-cause a",
 *                   then the reverse
 * @param lags       the lag order p, at least 1
 * @param allLags    every order 1..p rather than p alone
 * @param covariance the covariance of the Wald F test of the cause's lags, the regression's choices (null reads as
 *                   classical, the SSR F test, what a spec saved before the choice existed meant)
 * @param hacLags    HAC lags, or -1 (or null, as in a spec saved before the choice) for the rule
 *                   floor(4 (n/100)^(2/9)); used only with a HAC covariance
 * @param hac        the HAC bandwidth rule, prewhitening and small-sample factor (null: fixed, neither)
 */
public record CausalitySpec(List<String> variables, int lags, boolean allLags, CovarianceType covariance,
        Integer hacLags, HacSettings hac) {
    /** The largest lag order the tab offers. */
    public static final int MAX_LAGS = 12;
    /** The level of the verdicts. */
    public static final double LEVEL = 0.05;

    /** With the classical SSR F test. */
    public CausalitySpec(List<String> variables, int lags, boolean allLags) {
        this(variables, lags, allLags, CovarianceType.CLASSICAL, -1, HacSettings.FIXED);
    }

    public CausalitySpec {
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        if (lags < 1) {
            throw new IllegalArgumentException("the lag order must be at least 1, got " + lags);
        }
        if (covariance == null) {
            covariance = CovarianceType.CLASSICAL;
        }
        if (hac == null) {
            hac = HacSettings.FIXED;
        }
        if (hacLags == null) {
            hacLags = -1;
        }
        if (hacLags < -1) {
            throw new IllegalArgumentException("hacLags must be -1 (automatic) or at least 0, got " + hacLags);
        }
        if (!covariance.isHac() && (hac.bandwidth() != HacBandwidth.FIXED || hac.prewhite() || hac.adjust())) {
            throw new IllegalArgumentException("the HAC bandwidth rule, prewhitening and small-sample factor apply "
                    + "only with a HAC covariance, not " + covariance.label());
        }
    }

    public CausalitySpec withVariables(List<String> vars) {
        return new CausalitySpec(vars, lags, allLags, covariance, hacLags, hac);
    }

    /** These tests with the covariance {@code c}, its HAC lags and HAC settings. */
    public CausalitySpec withCovariance(CovarianceType c, int lagsOfHac, HacSettings settings) {
        return new CausalitySpec(variables, lags, allLags, c, lagsOfHac, settings);
    }

    /** Whether the tests use a robust covariance (the Wald F) rather than the SSR F test. */
    public boolean robust() {
        return covariance != CovarianceType.CLASSICAL;
    }

    /** The regression choices the tests take their covariance from. */
    public OlsOptions olsOptions() {
        return new OlsOptions(true, covariance, hacLags, 1, 0, 0, null, hac);
    }
}
