package org.tradeworkbench.core.analysis.regression;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacSettings;
import org.tradeworkbench.core.stats.ols.OlsOptions;

/**
 * The user's choices for a regression: the dependent variable with its lags, the regressors with theirs, the
 * constant, the covariance and the Breusch-Godfrey order. The Regression tab, the {@code ols} command, the
 * workbench file and the command log all describe a model by this record.
 *
 * @param dependentLags lags 1..n of the dependent among the regressors
 * @param regressors    expressions and their extra lags, in order (the dependent among them is skipped)
 * @param hacLags       Newey-West lags, or -1 for the automatic rule
 * @param bgOrder       order of the Breusch-Godfrey test, at least 1
 * @param archOrder     order of the ARCH LM test; 0: not tested (so a spec saved before the test existed
 *                      shows what it showed)
 * @param qLags         lags of the Ljung-Box and Box-Pierce tests, -1 for min(10, n/5); 0: not tested
 * @param chowBreak     the period the second regime of the Chow test starts at, or null for no Chow test
 * @param wald          linear restrictions to test with the model's covariance, e.g. "RATIO = 0, PATENT = FDIGDP",
 *                      or null for none
 * @param hac           the HAC bandwidth rule, prewhitening and small-sample factor (null reads as a fixed
 *                      bandwidth without either, what a spec saved before they existed meant)
 * @param qlrTrimming   the share trimmed at each end by the Quandt likelihood-ratio (sup-F) break test, e.g. 0.15;
 *                      0: not tested
 * @param cusum         whether the CUSUM test on recursive residuals (Brown, Durbin and Evans 1975) is run
 * @param cusumSquares  whether the CUSUM of squares test (Brown, Durbin and Evans 1975) is run (absent in older
 *                      files: false)
 * @param recursiveCoefficients whether the recursive coefficients with ±2 s.e. bands are shown (absent in older
 *                      files: false)
 */
public record RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
        boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
        String chowBreak, String wald, HacSettings hac, double qlrTrimming, boolean cusum, boolean cusumSquares,
        boolean recursiveCoefficients) {

    /** Without recursive coefficients. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak, String wald, HacSettings hac, double qlrTrimming, boolean cusum, boolean cusumSquares) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags,
                chowBreak, wald, hac, qlrTrimming, cusum, cusumSquares, false);
    }

    /** Without a CUSUM of squares test. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak, String wald, HacSettings hac, double qlrTrimming, boolean cusum) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags,
                chowBreak, wald, hac, qlrTrimming, cusum, false);
    }

    /** Without a CUSUM test. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak, String wald, HacSettings hac, double qlrTrimming) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags,
                chowBreak, wald, hac, qlrTrimming, false);
    }

    /**
     * Reads a spec from JSON; the choices added after specs were first saved (the QLR trimming, CUSUM, CUSUM of
     * squares, recursive coefficients) read as off when a file written before them lacks them.
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    static RegressionSpec read(@JsonProperty("dependent") String dependent,
            @JsonProperty("dependentLags") int dependentLags,
            @JsonProperty("regressors") List<ModelTerms.Regressor> regressors,
            @JsonProperty("constant") boolean constant, @JsonProperty("covariance") CovarianceType covariance,
            @JsonProperty("hacLags") int hacLags, @JsonProperty("bgOrder") int bgOrder,
            @JsonProperty("archOrder") int archOrder, @JsonProperty("qLags") int qLags,
            @JsonProperty("chowBreak") String chowBreak, @JsonProperty("wald") String wald,
            @JsonProperty("hac") HacSettings hac, @JsonProperty("qlrTrimming") Double qlrTrimming,
            @JsonProperty("cusum") Boolean cusum, @JsonProperty("cusumSquares") Boolean cusumSquares,
            @JsonProperty("recursiveCoefficients") Boolean recursiveCoefficients) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, hac, qlrTrimming == null ? 0 : qlrTrimming,
                Boolean.TRUE.equals(cusum), Boolean.TRUE.equals(cusumSquares),
                Boolean.TRUE.equals(recursiveCoefficients));
    }

    /** The trimming of the QLR test unless the user gives another. */
    public static final double DEFAULT_QLR_TRIMMING = 0.15;

    /** Without a QLR test. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak, String wald, HacSettings hac) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags,
                chowBreak, wald, hac, 0);
    }

    /** With a plain fixed-bandwidth HAC. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak, String wald) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags,
                chowBreak, wald, HacSettings.FIXED);
    }

    /** Without a Wald test. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags,
            String chowBreak) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags, chowBreak,
                (String) null);
    }

    /** Without a Chow test. */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder, int archOrder, int qLags) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, archOrder, qLags, null);
    }

    /** With the default residual tests (ARCH LM of order 1, Q tests at min(10, n/5) lags). */
    public RegressionSpec(String dependent, int dependentLags, List<ModelTerms.Regressor> regressors,
            boolean constant, CovarianceType covariance, int hacLags, int bgOrder) {
        this(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                OlsOptions.DEFAULT_ARCH_ORDER, OlsOptions.AUTO_Q_LAGS, null);
    }

    public RegressionSpec {
        if (hac == null) {
            hac = HacSettings.FIXED;
        }
        Objects.requireNonNull(dependent);
        regressors = List.copyOf(regressors);
        wald = wald == null || wald.isBlank() ? null : wald.strip();
        Objects.requireNonNull(covariance);
        if (dependentLags < 0) {
            throw new IllegalArgumentException("dependentLags cannot be negative, got " + dependentLags);
        }
        if (hacLags < -1) {
            throw new IllegalArgumentException("hacLags must be -1 (automatic) or at least 0, got " + hacLags);
        }
        if (bgOrder < 1) {
            throw new IllegalArgumentException("bgOrder must be at least 1, got " + bgOrder);
        }
        if (archOrder < 0) {
            throw new IllegalArgumentException("archOrder cannot be negative, got " + archOrder);
        }
        if (qLags < -1) {
            throw new IllegalArgumentException("qLags must be -1 (automatic), 0 or more, got " + qLags);
        }
        if (!(qlrTrimming == 0 || qlrTrimming > 0 && qlrTrimming < 0.5)) {
            throw new IllegalArgumentException("the QLR trimming must be 0 (no test) or between 0 and 0.5, got "
                    + qlrTrimming);
        }
    }

    /** The regressors as the engine takes them (the constant excluded). */
    public List<String> terms() {
        return ModelTerms.of(dependent.trim(), dependentLags, regressors);
    }

    /** This model with the ARCH order and the Ljung-Box lags given. */
    public RegressionSpec withResidualTests(int arch, int q) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder, arch,
                q, chowBreak, wald, hac, qlrTrimming, cusum, cusumSquares, recursiveCoefficients);
    }

    /** This model with a Chow test whose second regime starts at {@code period} (null or blank: none). */
    public RegressionSpec withChowBreak(String period) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, period == null || period.isBlank() ? null : period.trim(), wald, hac, qlrTrimming, cusum, cusumSquares, recursiveCoefficients);
    }

    /** This model with the HAC bandwidth rule, prewhitening and small-sample factor given. */
    public RegressionSpec withHac(HacSettings h) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, h, qlrTrimming, cusum, cusumSquares, recursiveCoefficients);
    }

    /** This model with a Wald test of {@code restrictions} (null or blank: none). */
    public RegressionSpec withWald(String restrictions) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, restrictions, hac, qlrTrimming, cusum, cusumSquares, recursiveCoefficients);
    }

    /** This model with a QLR break test trimming {@code trim} at each end (0: none). */
    public RegressionSpec withQlr(double trim) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, hac, trim, cusum, cusumSquares, recursiveCoefficients);
    }

    /** This model with or without the CUSUM test. */
    public RegressionSpec withCusum(boolean on) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, hac, qlrTrimming, on, cusumSquares, recursiveCoefficients);
    }

    /** This model with or without the CUSUM of squares test. */
    public RegressionSpec withCusumSquares(boolean on) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, hac, qlrTrimming, cusum, on, recursiveCoefficients);
    }

    /** This model with or without the recursive coefficients. */
    public RegressionSpec withRecursiveCoefficients(boolean on) {
        return new RegressionSpec(dependent, dependentLags, regressors, constant, covariance, hacLags, bgOrder,
                archOrder, qLags, chowBreak, wald, hac, qlrTrimming, cusum, cusumSquares, on);
    }

    public OlsOptions options() {
        return new OlsOptions(constant, covariance, hacLags, bgOrder, archOrder, qLags, chowBreak, hac);
    }
}
