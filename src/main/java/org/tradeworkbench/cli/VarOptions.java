package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VarTrend;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.TextTableWriter;

/**
 * The options the VAR commands share: {@code --vars a,b,c} (names or expressions), {@code --lags P},
 * {@code --trend n|c|ct} (default c) and {@code --exog x,y}; a choice the analysis refuses is a usage error.
 */
final class VarOptions {
    static final String MODEL_USAGE = "--data FILE --vars EXPR,EXPR,... --lags P [--trend n|c|ct] [--exog EXPR,...]"
            + " [--from P --to P [--presample cut|use]]";

    private VarOptions() {
    }

    static List<String> vars(Args args) {
        List<String> vars = OlsCommand.splitList(args.command(), "vars", args.required("vars"));
        if (vars.size() < 2) {
            throw new UsageException(args.command() + ": --vars needs at least two variables");
        }
        return vars;
    }

    static VarTrend trend(Args args) {
        return VarTrend.parse(args.choice("trend", "c", "n", "c", "ct"));
    }

    static List<String> exog(Args args) {
        return args.opt("exog").map(v -> OlsCommand.splitList(args.command(), "exog", v)).orElse(List.of());
    }

    static List<String> list(Args args, String option) {
        return args.opt(option).map(v -> OlsCommand.splitList(args.command(), option, v)).orElse(List.of());
    }

    static VarModel model(Args args) {
        List<String> vars = vars(args);
        int lags = args.parseInt("lags", args.required("lags"));
        VarTrend trend = trend(args);
        List<String> exog = exog(args);
        return spec(args, () -> new VarModel(vars, lags, trend, exog));
    }

    /** Builds a spec; its refusal (an IllegalArgumentException naming the choice) becomes a usage error. */
    /** The VECM of {@code --vars}, {@code --lags}, {@code --case} (default c) and {@code --rank} (default: trace). */
    static org.tradeworkbench.core.analysis.var.VecmSpec vecm(Args args) {
        List<String> vars = vars(args);
        int lags = args.parseInt("lags", args.required("lags"));
        org.tradeworkbench.core.analysis.cointegration.JohansenCase c = spec(args,
                () -> org.tradeworkbench.core.analysis.cointegration.JohansenCase.parse(args.opt("case").orElse("c")));
        Integer rank = args.opt("rank").map(v -> args.parseInt("rank", v)).orElse(null);
        return spec(args, () -> new org.tradeworkbench.core.analysis.var.VecmSpec(vars, lags, c, rank));
    }

    static <S> S spec(Args args, java.util.function.Supplier<S> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(args.command() + ": " + e.getMessage());
        }
    }

    static void print(Report r, boolean json, PrintStream out) {
        out.print(json ? JsonWriter.write(r.toJson()) + "\n" : TextTableWriter.write(r));
    }
}
