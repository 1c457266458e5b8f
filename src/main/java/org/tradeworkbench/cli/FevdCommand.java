package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.FevdAnalysis;
import org.tradeworkbench.core.analysis.var.FevdSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VecmFevdAnalysis;
import org.tradeworkbench.core.analysis.var.VecmFevdSpec;
import org.tradeworkbench.core.analysis.var.VecmSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code fevd}: forecast-error variance decomposition 1..H steps ahead from Cholesky shocks; with {@code --vecm},
 * of the VECM at {@code --rank} (default: the trace test's) and {@code --case}.
 */
final class FevdCommand implements Command {
    @Override
    public String name() {
        return "fevd";
    }

    @Override
    public String usage() {
        return "fevd " + VarOptions.MODEL_USAGE + " --horizon H [--order EXPR,...] [--bands none|bootstrap] [--draws N] [--seed S] [--level 0.95] "
                + "[--json]; or --vecm [--case nc|rc|c|crt|ct] [--rank R] (no --trend or --exog)";
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of("json", "vecm");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.flag("vecm")) {
            return runVecm(args, out);
        }
        VarModel m = VarOptions.model(args);
        int h = args.parseInt("horizon", args.required("horizon"));
        List<String> order = VarOptions.list(args, "order");
        org.tradeworkbench.core.analysis.var.IrfBands bands = org.tradeworkbench.core.analysis.var.IrfBands.valueOf(
                args.choice("bands", "none", "none", "bootstrap").toUpperCase(java.util.Locale.ROOT));
        int draws = args.intOpt("draws", org.tradeworkbench.core.analysis.var.IrfSpec.DEFAULT_DRAWS);
        long seed = args.opt("seed").map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new UsageException(args.command() + ": --seed expects a whole number, got \"" + v + "\"");
            }
        }).orElse(org.tradeworkbench.core.analysis.var.IrfSpec.DEFAULT_SEED);
        double level = args.opt("level").map(v -> args.parseDouble("level", v))
                .orElse(org.tradeworkbench.core.analysis.var.IrfSpec.DEFAULT_LEVEL);
        boolean json = args.flag("json");
        FevdSpec spec = VarOptions.spec(args, () -> new FevdSpec(m, order, h, bands, draws, seed, level));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        VarOptions.print(new FevdAnalysis().run(spec, data, ProgressReporter.NONE), json, out);
        return 0;
    }

    private int runVecm(Args args, PrintStream out) throws java.io.IOException {
        for (String o : List.of("trend", "exog", "bands", "draws", "seed", "level")) {
            if (args.opt(o).isPresent()) {
                throw new UsageException("fevd --vecm: --" + o + " is not available for a VECM"
                        + (o.equals("trend") || o.equals("exog") ? "; the deterministic terms are chosen with --case"
                        : " (no bands for a VECM's decomposition yet)"));
            }
        }
        VecmSpec vecm = VarOptions.vecm(args);
        int h = args.parseInt("horizon", args.required("horizon"));
        List<String> order = VarOptions.list(args, "order");
        boolean json = args.flag("json");
        VecmFevdSpec spec = VarOptions.spec(args, () -> new VecmFevdSpec(vecm, order, h));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        VarOptions.print(VarOptions.spec(args, () -> new VecmFevdAnalysis().run(spec, data, ProgressReporter.NONE)),
                json, out);
        return 0;
    }
}
