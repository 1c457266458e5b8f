package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.cointegration.Johansen;
import org.tradeworkbench.core.analysis.cointegration.JohansenCase;
import org.tradeworkbench.core.analysis.cointegration.JohansenSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code johansen}: Johansen's trace and maximum-eigenvalue tests. {@code --lags} counts lagged differences
 * (statsmodels' k_ar_diff; urca's and gretl's VAR order is one more); the default case is an unrestricted
 * constant (statsmodels det_order=0).
 */
public final class JohansenCommand implements Command {

    @Override
    public String name() {
        return "johansen";
    }

    @Override
    public String usage() {
        return "johansen --data FILE --vars A,B[,C...] [--lags K] [--case nc|rc|c|crt|ct] [--from P --to P] [--json]"
                + "   (K lagged differences, default 1; case c: unrestricted constant)";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var vars = CointegrationOptions.vars(args, name());
        int lags = args.intOpt("lags", 1);
        String caseText = args.choice("case", "c", "nc", "rc", "c", "crt", "ct", "1", "2", "3", "4", "5");
        boolean json = args.flag("json");
        JohansenSpec spec = CointegrationOptions.spec(name(),
                () -> new JohansenSpec(vars, lags, JohansenCase.parse(caseText)));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        CointegrationOptions.print(new Johansen().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
