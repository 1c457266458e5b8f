package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.granger.PairwiseGranger;

/** {@code causality}: the pairwise Granger table over a set of variables, like the paper's Table 3. */
final class CausalityCommand implements Command {
    @Override
    public String name() {
        return "causality";
    }

    @Override
    public String usage() {
        return "causality --data FILE --vars EXPR,EXPR,... --lags P [--all-lags] [--from P] [--to P] [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "all-lags");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        List<String> vars = OlsCommand.splitList(name(), "vars", args.required("vars"));
        int lags = args.parseInt("lags", args.required("lags"));
        if (lags < 1) {
            throw new UsageException("causality: --lags must be at least 1, got " + lags);
        }
        boolean all = args.flag("all-lags");
        boolean json = args.flag("json");
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        if (vars.size() < 2) {
            throw new UsageException("causality: --vars needs at least two variables");
        }
        PairwiseGranger.Result r = PairwiseGranger.test(data, vars, lags, all);
        out.print(json ? JsonWriter.write(r.toJson()) + "\n" : TextTableWriter.write(r));
        return 0;
    }
}
