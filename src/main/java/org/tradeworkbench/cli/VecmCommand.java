package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.var.VecmAnalysis;
import org.tradeworkbench.core.analysis.var.VecmSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code vecm}: the VECM at a cointegrating rank (default: the trace test's at 5%) from Johansen's estimates. */
final class VecmCommand implements Command {
    @Override
    public String name() {
        return "vecm";
    }

    @Override
    public String usage() {
        return "vecm --data FILE --vars EXPR,EXPR,... --lags P [--case nc|rc|c|crt|ct] [--rank R] [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        VecmSpec spec = VarOptions.vecm(args);
        boolean json = args.flag("json");
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        VarOptions.print(VarOptions.spec(args, () -> new VecmAnalysis().run(spec, data, ProgressReporter.NONE)), json,
                out);
        return 0;
    }
}
