package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.var.VarAnalysis;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code var}: a VAR(p) by least squares with its equations, stability and residual tests. */
final class VarCommand implements Command {
    @Override
    public String name() {
        return "var";
    }

    @Override
    public String usage() {
        return "var " + VarOptions.MODEL_USAGE + " [--residual-lags H] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        VarModel m = VarOptions.model(args);
        Integer h = args.opt("residual-lags").map(v -> args.parseInt("residual-lags", v)).orElse(null);
        boolean json = args.flag("json");
        VarSpec spec = VarOptions.spec(args, () -> new VarSpec(m, h));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        VarOptions.print(new VarAnalysis().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
