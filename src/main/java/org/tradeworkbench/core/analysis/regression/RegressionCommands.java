package org.tradeworkbench.core.analysis.regression;

import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.stats.ols.CovarianceType;

/**
 * The {@code ols} line that repeats the Regression tab's model headless: the dependent, every regressor term
 * (lags of the dependent and of each regressor written out, e.g. {@code PATENT(-1)}), the constant, the covariance
 * and the Breusch-Godfrey order.
 */
public final class RegressionCommands {
    private RegressionCommands() {
    }

    public static CommandLine of(RegressionSpec spec) {
        CommandLine.Builder b = CommandLine.command("ols").opt("y", spec.dependent());
        if (!spec.terms().isEmpty()) {
            b.opt("x", String.join(",", spec.terms()));
        }
        b.flag("no-constant", !spec.constant());
        covariance(b, spec.covariance(), spec.hacLags(), spec.hac());
        if (spec.archOrder() != org.tradeworkbench.core.stats.ols.OlsOptions.DEFAULT_ARCH_ORDER) {
            b.opt("arch-order", spec.archOrder());
        }
        if (spec.qLags() != org.tradeworkbench.core.stats.ols.OlsOptions.AUTO_Q_LAGS) {
            b.opt("q-lags", spec.qLags());
        }
        if (spec.chowBreak() != null) {
            b.opt("chow", spec.chowBreak());
        }
        if (spec.wald() != null) {
            b.opt("wald", spec.wald());
        }
        if (spec.qlrTrimming() > 0) {
            b.flag("qlr", true);
            if (spec.qlrTrimming() != RegressionSpec.DEFAULT_QLR_TRIMMING) {
                b.opt("qlr-trim", org.tradeworkbench.core.report.NumberFormats.general(spec.qlrTrimming()));
            }
        }
        b.flag("cusum", spec.cusum());
        b.flag("cusum-squares", spec.cusumSquares());
        b.flag("recursive-coefficients", spec.recursiveCoefficients());
        if (spec.bgOrder() != 1) {
            b.opt("bg-order", spec.bgOrder());
        }
        return b.build();
    }

    /**
     * The covariance options of a command line ({@code --cov}, {@code --hac-lags}, {@code --hac-bandwidth},
     * {@code --prewhite}, {@code --hac-adjust}), nothing for the classical one; shared by the commands of tests
     * that take the regression's covariance.
     */
    public static void covariance(CommandLine.Builder b, CovarianceType type, int hacLags,
            org.tradeworkbench.core.stats.ols.HacSettings hac) {
        if (type != CovarianceType.CLASSICAL) {
            b.opt("cov", type.key());
        }
        if (type.isHac() && hacLags >= 0 && hac.bandwidth() == org.tradeworkbench.core.stats.ols.HacBandwidth.FIXED) {
            b.opt("hac-lags", hacLags);
        }
        if (type.isHac() && hac.bandwidth() != org.tradeworkbench.core.stats.ols.HacBandwidth.FIXED) {
            b.opt("hac-bandwidth", hac.bandwidth().key());
        }
        b.flag("prewhite", type.isHac() && hac.prewhite());
        b.flag("hac-adjust", type.isHac() && hac.adjust());
    }
}
