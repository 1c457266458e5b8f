package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.TodaYamamotoAnalysis;
import org.tradeworkbench.core.analysis.var.TodaYamamotoSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code toda-yamamoto}: causality tests valid for integrated data, Wald chi-square on the first p lags of a
 * VAR(p + d_max) in levels; d_max from ADF and KPSS unless {@code --dmax} is given; every direction unless
 * {@code --cause} and {@code --effect} name one.
 */
final class TodaYamamotoCommand implements Command {
    @Override
    public String name() {
        return "toda-yamamoto";
    }

    @Override
    public String usage() {
        return "toda-yamamoto " + VarOptions.MODEL_USAGE + " [--dmax D] [--cause EXPR,... --effect EXPR,...] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        VarModel m = VarOptions.model(args);
        Integer dMax = args.opt("dmax").map(v -> args.parseInt("dmax", v)).orElse(null);
        List<String> cause = VarOptions.list(args, "cause");
        List<String> effect = VarOptions.list(args, "effect");
        boolean json = args.flag("json");
        TodaYamamotoSpec spec = VarOptions.spec(args, () -> new TodaYamamotoSpec(m, dMax, cause, effect));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        VarOptions.print(new TodaYamamotoAnalysis().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
