package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.FevdAnalysis;
import org.tradeworkbench.core.analysis.var.FevdSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code fevd}: forecast-error variance decomposition 1..H steps ahead from Cholesky shocks. */
final class FevdCommand implements Command {
    @Override
    public String name() {
        return "fevd";
    }

    @Override
    public String usage() {
        return "fevd " + VarOptions.MODEL_USAGE + " --horizon H [--order EXPR,...] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        VarModel m = VarOptions.model(args);
        int h = args.parseInt("horizon", args.required("horizon"));
        List<String> order = VarOptions.list(args, "order");
        boolean json = args.flag("json");
        FevdSpec spec = VarOptions.spec(args, () -> new FevdSpec(m, order, h));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        VarOptions.print(new FevdAnalysis().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
