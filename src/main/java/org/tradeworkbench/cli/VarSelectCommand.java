package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.VarSelectAnalysis;
import org.tradeworkbench.core.analysis.var.VarSelectSpec;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code varselect}: the VAR lag-order table (AIC, BIC, HQ, FPE for p = 0..M), as the VAR tab shows it. */
final class VarSelectCommand implements Command {
    @Override
    public String name() {
        return "varselect";
    }

    @Override
    public String usage() {
        return "varselect --data FILE --vars EXPR,EXPR,... --maxlags M [--trend n|c|ct] [--exog EXPR,...] [--from P --to P [--presample cut|use]] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        List<String> vars = VarOptions.vars(args);
        int max = args.parseInt("maxlags", args.required("maxlags"));
        VarTrend trend = VarOptions.trend(args);
        List<String> exog = VarOptions.exog(args);
        boolean json = args.flag("json");
        VarSelectSpec spec = VarOptions.spec(args, () -> new VarSelectSpec(vars, trend, exog, max));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        VarOptions.print(new VarSelectAnalysis().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
