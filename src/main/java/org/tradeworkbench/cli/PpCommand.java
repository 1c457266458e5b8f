package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.PhillipsPerronChoice;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronLags;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;

/**
 * {@code pp}: the Phillips-Perron unit-root test of one series, as the Stationarity tab runs it with the test set to
 * Phillips-Perron (the same {@link StationaritySpec}, the same table first, then the test). Defaults as urca's
 * {@code ur.pp}: constant, {@code lags = "short"}; the statistic is Z-tau unless {@code --type z-alpha}.
 */
public final class PpCommand implements Command {

    @Override
    public String name() {
        return "pp";
    }

    @Override
    public String usage() {
        return "pp --data FILE --column EXPR [--type z-tau|z-alpha] [--trend c|ct] [--lags short|long|K] [--diff D]"
                + " [--find-diff] [--kpss] [--from P --to P [--presample cut|use]] [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "find-diff", "kpss");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        return UnitRootCommands.run(args, spec(args), out);
    }

    static StationaritySpec spec(Args args) {
        PhillipsPerronSpec.Statistic type;
        PhillipsPerronLags lags;
        try {
            type = PhillipsPerronSpec.Statistic.parse(args.choice("type", "z-tau", "z-tau", "z-alpha", "ztau",
                    "zalpha"));
            lags = PhillipsPerronLags.parse(args.opt("lags").orElse("short"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("pp: " + e.getMessage());
        }
        var difference = UnitRootCommands.difference(args);
        var trend = UnitRootCommands.trend(args);
        String column = args.required("column");
        return new StationaritySpec(List.of(column), UnitRootKind.PP, trend, difference, LagChoice.FIXED, 0, null,
                args.flag("kpss"), null, new PhillipsPerronChoice(type, lags), null);
    }
}
