package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.KpssLags;
import org.tradeworkbench.core.stats.unitroot.KpssResult;
import org.tradeworkbench.core.stats.unitroot.Kpss;

/** {@code kpss}: the KPSS test of level or trend stationarity on a series expression. */
public final class KpssCommand implements Command {

    @Override
    public String name() {
        return "kpss";
    }

    @Override
    public String usage() {
        return "kpss --data FILE --column EXPR [--trend c|ct] [--lags auto|legacy|K] [--diff D] [--from P --to P [--presample cut|use]]"
                + " [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        UnitRootTrend trend = UnitRootTrend.parse(args.choice("trend", "c", "c", "ct"));
        String lagText = args.opt("lags").orElse("auto");
        KpssLags lags;
        try {
            lags = KpssLags.parse(lagText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("kpss: --lags must be auto, legacy or a whole number of at least 0, got \""
                    + lagText + "\"");
        }
        int diff = args.intOpt("diff", 0);
        if (diff < 0 || diff > AdfSpec.MAX_DIFF) {
            throw new UsageException("kpss: --diff must be 0.." + AdfSpec.MAX_DIFF + ", got " + diff);
        }
        boolean json = args.flag("json");
        String column = args.required("column");
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        KpssResult r = Kpss.test(data, column, trend, lags, diff);
        if (json) {
            out.println(JsonWriter.write(r.toJson()));
        } else {
            for (ResultTable t : r.tables()) {
                out.println(TextTableWriter.write(t));
            }
        }
        return 0;
    }
}
