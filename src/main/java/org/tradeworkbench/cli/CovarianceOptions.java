package org.tradeworkbench.cli;

import java.util.Set;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.HacBandwidth;
import org.tradeworkbench.core.stats.ols.HacSettings;

/**
 * The covariance options the commands with least-squares tests share ({@code ols}, {@code granger},
 * {@code causality}): {@code --cov classical|hc0|hc1|hc2|hc3|hac|hac-parzen|hac-qs}, {@code --hac-lags L},
 * {@code --hac-bandwidth fixed|nw|andrews}, {@code --prewhite} and {@code --hac-adjust}.
 *
 * @param type    the covariance
 * @param hacLags the HAC lags, -1 for the automatic rule
 * @param hac     the bandwidth rule, prewhitening and small-sample factor
 */
record CovarianceOptions(CovarianceType type, int hacLags, HacSettings hac) {
    /** The usage text of the options. */
    static final String USAGE = "[--cov classical|hc0|hc1|hc2|hc3|hac|hac-parzen|hac-qs] "
            + "[--hac-lags L | --hac-bandwidth fixed|nw|andrews] [--prewhite] [--hac-adjust]";
    /** The flags among them. */
    static final Set<String> FLAGS = Set.of("prewhite", "hac-adjust");

    /** Reads the options of {@code command}; a HAC option without a HAC covariance is a usage error. */
    static CovarianceOptions parse(Args args, String command) {
        CovarianceType cov = CovarianceType.parse(args.choice("cov", "classical", "classical", "hc0", "hc1", "hc2",
                "hc3", "hac", "hac-parzen", "hac-qs"));
        int hacLags = args.intOpt("hac-lags", -1);
        if (args.opt("hac-lags").isPresent() && !cov.isHac()) {
            throw new UsageException(command + ": --hac-lags applies only with --cov hac");
        }
        if (args.opt("hac-lags").isPresent() && hacLags < 0) {
            throw new UsageException(command + ": --hac-lags must be 0 or more, got " + hacLags);
        }
        HacBandwidth bw = HacBandwidth.parse(args.choice("hac-bandwidth", "fixed", "fixed", "nw", "andrews"));
        boolean prewhite = args.flag("prewhite");
        boolean adjust = args.flag("hac-adjust");
        if ((bw != HacBandwidth.FIXED || prewhite || adjust) && !cov.isHac()) {
            throw new UsageException(command + ": --hac-bandwidth, --prewhite and --hac-adjust apply only with --cov"
                    + " hac, hac-parzen or hac-qs");
        }
        if (bw != HacBandwidth.FIXED && args.opt("hac-lags").isPresent()) {
            throw new UsageException(command + ": give either --hac-lags or an automatic --hac-bandwidth, not both");
        }
        return new CovarianceOptions(cov, hacLags, new HacSettings(bw, prewhite, adjust));
    }
}
