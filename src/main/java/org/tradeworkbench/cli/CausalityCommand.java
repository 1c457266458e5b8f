package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code causality}: Granger causality tests between every pair of a set of variables, like the paper's Table 3;
 * the same spec, table and failure messages as the Causality tab. A pair that cannot be tested has its reason in
 * the table (and in the JSON, under {@code problem}); the command fails only when no pair could be tested.
 */
final class CausalityCommand implements Command {
    @Override
    public String name() {
        return "causality";
    }

    @Override
    public String usage() {
        return "causality --data FILE --vars EXPR,EXPR,... --lags P [--all-lags] " + CovarianceOptions.USAGE
                + " [--from P] [--to P] [--presample cut|use] [--json]";
    }

    @Override
    public Set<String> flags() {
        Set<String> f = new java.util.HashSet<>(CovarianceOptions.FLAGS);
        f.add("json");
        f.add("all-lags");
        return f;
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        List<String> vars = OlsCommand.splitList(name(), "vars", args.required("vars"));
        int lags = args.parseInt("lags", args.required("lags"));
        if (lags < 1) {
            throw new UsageException("causality: --lags must be at least 1, got " + lags);
        }
        boolean all = args.flag("all-lags");
        CovarianceOptions cov = CovarianceOptions.parse(args, name());
        boolean json = args.flag("json");
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        if (vars.size() < 2) {
            throw new UsageException("causality: --vars needs at least two variables");
        }
        CausalityReport r = new CausalityAnalysis().run(new CausalitySpec(vars, lags, all)
                .withCovariance(cov.type(), cov.hacLags(), cov.hac()), data, ProgressReporter.NONE);
        print(r, json, out);
        return 0;
    }

    /** The report's JSON or table, where a pair that could not be tested says why; an error when none could. */
    static void print(CausalityReport r, boolean json, PrintStream out) {
        r.requireAnyTested();
        out.print(json ? JsonWriter.write(r.toJson()) + "\n" : TextTableWriter.write(r));
    }
}
