package org.tradeworkbench.core.analysis.cointegration;

import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.commandlog.CommandLine;

/** The command line that repeats a Cointegration tab run headless: one {@code engle-granger}, {@code johansen},
 * {@code ardl} or {@code phillips-ouliaris} line with the spec's choices. */
public final class CointegrationCommands {
    private CointegrationCommands() {
    }

    public static List<CommandLine> of(CointegrationSpec spec) {
        String vars = String.join(",", spec.variables());
        return List.of(switch (spec.method()) {
            case ENGLE_GRANGER -> {
                EngleGrangerSpec s = spec.engleGranger();
                CommandLine.Builder b = CommandLine.command("engle-granger").opt("vars", vars)
                        .opt("trend", s.trend().code());
                if (s.autolag() == null) {
                    b.opt("lags", s.lags());
                } else {
                    b.opt("autolag", s.autolag().code());
                    if (s.maxLag() != null) {
                        b.opt("maxlag", s.maxLag());
                    }
                }
                yield b.build();
            }
            case JOHANSEN -> CommandLine.command("johansen").opt("vars", vars).opt("lags", spec.johansen().lags())
                    .opt("case", spec.johansen().deterministic().code()).build();
            case ARDL -> CommandLine.command("ardl").opt("vars", vars).opt("maxlag", spec.ardl().maxLag())
                    .opt("ic", spec.ardl().criterion().code()).opt("case", spec.ardl().boundsCase()).build();
            case PHILLIPS_OULIARIS -> {
                PhillipsOuliarisSpec s = spec.phillipsOuliaris();
                CommandLine.Builder b = CommandLine.command("phillips-ouliaris").opt("vars", vars)
                        .opt("type", s.type().code().toLowerCase(Locale.ROOT))
                        .opt("demean", s.demean().code()).opt("lag", s.lag().code());
                if (s.tol() != null) {
                    b.opt("tol", s.tol());
                }
                yield b.build();
            }
        });
    }
}
