package org.tradeworkbench.core.analysis.stationarity;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.commandlog.CommandLine;

/**
 * The command lines that repeat a Stationarity run headless: per variable tested, {@code adf} with the tab's
 * deterministic terms, difference order (or {@code --find-diff}) and lag choice, and {@code kpss} on the
 * difference shown when KPSS is on. Variables that could not be tested are left out (there is nothing to repeat).
 */
public final class StationarityCommands {
    private StationarityCommands() {
    }

    public static List<CommandLine> of(StationarityReport report) {
        return of(report.rows(), report.spec());
    }

    public static List<CommandLine> of(List<StationarityRow> rows, StationaritySpec s) {
        List<CommandLine> out = new ArrayList<>();
        for (StationarityRow r : rows) {
            if (!r.ok()) {
                continue;
            }
            CommandLine.Builder adf = CommandLine.command(s.test().jsonKey()).opt("column", r.variable());
            if (s.test() == UnitRootKind.ZA) {
                adf.opt("break", s.breaks().type().code()).opt("trim", s.breaks().trim());
            } else {
                adf.opt("trend", s.trend().code());
            }
            if (s.difference().isSearch()) {
                adf.flag("find-diff");
            } else {
                adf.opt("diff", s.difference().order());
            }
            if (s.test() == UnitRootKind.PP) {
                adf.opt("type", s.pp().statistic().label().toLowerCase(java.util.Locale.ROOT))
                        .opt("lags", s.pp().lags());
            } else if (s.lags().isAutomatic()) {
                adf.opt("autolag", s.test() == UnitRootKind.DFGLS ? s.glsCriterion().code()
                        : s.lags().criterion().code()).opt("maxlag", s.maxLag());
            } else {
                adf.opt("lags", s.fixedLags());
            }
            out.add(adf.build());
            if (r.kpss() != null) {
                out.add(CommandLine.command("kpss").opt("column", r.variable()).opt("trend", s.trend().code())
                        .opt("diff", r.test().diff()).build());
            }
        }
        return out;
    }
}
