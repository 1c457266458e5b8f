package org.tradeworkbench.core.analysis.causality;

import java.util.List;
import org.tradeworkbench.core.analysis.regression.RegressionCommands;
import org.tradeworkbench.core.commandlog.CommandLine;

/**
 * The command line that repeats a causality run headless: one {@code causality} line with the spec's variables
 * and lags (the command tests every pair as the tab does, a pair that cannot be tested included); none when no
 * test could be run (the command would only repeat the error).
 */
public final class CausalityCommands {
    private CausalityCommands() {
    }

    public static List<CommandLine> of(CausalityReport report) {
        if (!report.anyTested()) {
            return List.of();
        }
        CausalitySpec s = report.spec();
        CommandLine.Builder b = CommandLine.command("causality").opt("vars", String.join(",", s.variables()))
                .opt("lags", s.lags()).flag("all-lags", s.allLags());
        RegressionCommands.covariance(b, s.covariance(), s.hacLags(), s.hac());
        return List.of(b.build());
    }
}
