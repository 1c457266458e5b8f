package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.cointegration.Ardl;
import org.tradeworkbench.core.analysis.cointegration.ArdlSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.task.ProgressReporter;

/** {@code ardl}: ARDL order selection and the Pesaran-Shin-Smith bounds test. */
public final class ArdlCommand implements Command {

    @Override
    public String name() {
        return "ardl";
    }

    @Override
    public String usage() {
        return "ardl --data FILE --vars Y,X[,X2...] [--maxlag M] [--ic aic|bic] [--case 1..5] [--from P --to P]"
                + " [--json]   (default maxlag 2, aic, case 3: unrestricted intercept, no trend)";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var vars = CointegrationOptions.vars(args, name());
        int maxLag = args.intOpt("maxlag", 2);
        String ic = args.choice("ic", "aic", "aic", "bic");
        String caseText = args.choice("case", "3", "1", "2", "3", "4", "5");
        boolean json = args.flag("json");
        ArdlSpec spec = CointegrationOptions.spec(name(),
                () -> new ArdlSpec(vars, maxLag, LagCriterion.parse(ic), Integer.parseInt(caseText)));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        CointegrationOptions.print(new Ardl().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
