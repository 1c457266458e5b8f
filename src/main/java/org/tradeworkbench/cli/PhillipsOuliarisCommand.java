package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliaris;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisDemean;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisLag;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisSpec;
import org.tradeworkbench.core.analysis.cointegration.PhillipsOuliarisType;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code phillips-ouliaris}: the Phillips-Ouliaris Pu and Pz residual-based cointegration tests (R urca's
 * {@code ca.po}; its defaults: Pu, no demeaning, the short lag).
 */
public final class PhillipsOuliarisCommand implements Command {

    @Override
    public String name() {
        return "phillips-ouliaris";
    }

    @Override
    public String usage() {
        return "phillips-ouliaris --data FILE --vars Y,X[,X2...] [--type pu|pz] [--demean none|constant|trend]"
                + " [--lag short|long] [--tol T] [--from P --to P] [--json]   (2..6 variables; Pu normalises on Y)";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var vars = CointegrationOptions.vars(args, name());
        String type = args.choice("type", "pu", "pu", "pz");
        String demean = args.choice("demean", "none", "none", "constant", "trend");
        String lag = args.choice("lag", "short", "short", "long");
        Double tol = args.opt("tol").map(v -> args.parseDouble("tol", v)).orElse(null);
        boolean json = args.flag("json");
        PhillipsOuliarisSpec spec = CointegrationOptions.spec(name(), () -> new PhillipsOuliarisSpec(vars,
                PhillipsOuliarisType.parse(type), PhillipsOuliarisDemean.parse(demean), PhillipsOuliarisLag.parse(lag),
                tol));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        CointegrationOptions.print(new PhillipsOuliaris().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }
}
