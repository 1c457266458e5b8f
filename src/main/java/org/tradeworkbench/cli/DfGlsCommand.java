package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion;

/**
 * {@code dfgls}: the DF-GLS unit-root test (Elliott, Rothenberg and Stock 1996) of one series, as the Stationarity
 * tab runs it with the test set to DF-GLS. Lags fixed ({@code --lags K}) or chosen by MAIC (the default), AIC or
 * BIC among 0..{@code --maxlag}.
 */
public final class DfGlsCommand implements Command {

    @Override
    public String name() {
        return "dfgls";
    }

    @Override
    public String usage() {
        return "dfgls --data FILE --column EXPR [--trend c|ct] (--lags K | --autolag maic|aic|bic [--maxlag M])"
                + " [--diff D] [--find-diff] [--kpss] [--from P --to P [--presample cut|use]] [--json]";
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
        var lags = args.opt("lags");
        var autolag = args.opt("autolag");
        var maxlag = args.opt("maxlag");
        if (lags.isPresent() && autolag.isPresent()) {
            throw new UsageException("dfgls: give either --lags K or --autolag maic|aic|bic, not both");
        }
        var difference = UnitRootCommands.difference(args);
        var trend = UnitRootCommands.trend(args);
        String column = args.required("column");
        boolean kpss = args.flag("kpss");
        if (lags.isPresent()) {
            if (maxlag.isPresent()) {
                throw new UsageException("dfgls: --maxlag goes with --autolag; with --lags the number of lags is fixed");
            }
            int k = UnitRootCommands.nonNegative(args, "lags", lags.get());
            return new StationaritySpec(List.of(column), UnitRootKind.DFGLS, trend, difference, LagChoice.FIXED, k,
                    null, kpss, null, null, null);
        }
        DfGlsLagCriterion criterion = DfGlsLagCriterion.parse(args.choice("autolag", "maic", "maic", "aic", "bic"));
        Integer m = maxlag.isPresent() ? UnitRootCommands.nonNegative(args, "maxlag", maxlag.get()) : null;
        // Automatic lags: the Stationarity spec's lag choice says "by a criterion", glsCriterion which one.
        return new StationaritySpec(List.of(column), UnitRootKind.DFGLS, trend, difference, LagChoice.AIC, 0, m,
                kpss, null, null, criterion);
    }
}
