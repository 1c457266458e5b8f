package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.analysis.var.MethodsCheckAnalysis;
import org.tradeworkbench.core.analysis.var.MethodsCheckReport;
import org.tradeworkbench.core.analysis.var.MethodsCheckSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code methods-check}: what the data allow before a causality test is read (orders of integration by ADF and
 * KPSS, observations against the lags, the valid test), and the levels Granger F test beside the valid test, as
 * the VAR tab's methods check.
 */
final class MethodsCheckCommand implements Command {
    @Override
    public String name() {
        return "methods-check";
    }

    @Override
    public String usage() {
        return "methods-check --data FILE --vars EXPR,EXPR,... --lags P [--trend n|c|ct] [--pairwise [--focus EXPR]]"
                + " [--from P --to P [--presample cut|use]]"
                + " [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "pairwise");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        List<String> vars = VarOptions.vars(args);
        int lags = args.parseInt("lags", args.required("lags"));
        VarTrend trend = VarOptions.trend(args);
        boolean pairwise = args.flag("pairwise");
        String focus = args.opt("focus").orElse(null);
        boolean json = args.flag("json");
        if (focus != null && !pairwise) {
            throw new UsageException("methods-check: --focus needs --pairwise");
        }
        MethodsCheckSpec spec = VarOptions.spec(args, () -> new MethodsCheckSpec(vars, lags, trend, pairwise, focus));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        MethodsCheckReport r = new MethodsCheckAnalysis().run(spec, data, ProgressReporter.NONE);
        VarOptions.print(r, json, out);
        return 0;
    }
}
