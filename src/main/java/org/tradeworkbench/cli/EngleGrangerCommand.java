package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.cointegration.EngleGranger;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerSpec;
import org.tradeworkbench.core.analysis.cointegration.EngleGrangerTrend;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code engle-granger}: the Engle-Granger two-step cointegration test (statsmodels' {@code coint}). */
public final class EngleGrangerCommand implements Command {

    @Override
    public String name() {
        return "engle-granger";
    }

    @Override
    public String usage() {
        return "engle-granger --data FILE --vars Y,X[,X2...] [--trend n|c|ct|ctt] (--lags K | --autolag aic|bic|tstat"
                + " [--maxlag M]) [--from P --to P] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var vars = CointegrationOptions.vars(args, name());
        String trendText = args.choice("trend", "c", "n", "nc", "c", "ct", "ctt");
        var lags = args.opt("lags");
        var autolag = args.opt("autolag");
        var maxlag = args.opt("maxlag");
        if (lags.isPresent() && autolag.isPresent()) {
            throw new UsageException(name() + ": give either --lags K or --autolag aic|bic|tstat, not both");
        }
        Integer fixed = lags.map(v -> args.parseInt("lags", v)).orElse(null);
        LagCriterion crit = fixed != null ? null
                : LagCriterion.parse(args.choice("autolag", "aic", "aic", "bic", "tstat", "t-stat"));
        Integer max = maxlag.map(v -> args.parseInt("maxlag", v)).orElse(null);
        boolean json = args.flag("json");
        EngleGrangerSpec spec = CointegrationOptions.spec(name(),
                () -> new EngleGrangerSpec(vars, EngleGrangerTrend.parse(trendText), fixed, crit, max));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        CointegrationOptions.print(new EngleGranger().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
