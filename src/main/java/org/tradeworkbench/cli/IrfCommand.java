package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import org.tradeworkbench.core.analysis.var.IrfAnalysis;
import org.tradeworkbench.core.analysis.var.IrfBands;
import org.tradeworkbench.core.analysis.var.IrfKind;
import org.tradeworkbench.core.analysis.var.IrfSpec;
import org.tradeworkbench.core.analysis.var.VarModel;
import org.tradeworkbench.core.analysis.var.VecmIrfAnalysis;
import org.tradeworkbench.core.analysis.var.VecmIrfSpec;
import org.tradeworkbench.core.analysis.var.VecmSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code irf}: impulse responses h = 0..H. Bands default to asymptotic for orthogonalised and unit responses and
 * to the bootstrap for generalised ones (which have no asymptotic bands here). With {@code --vecm}: the responses
 * of the VECM at {@code --rank} (default: the trace test's) and {@code --case}, without bands.
 */
final class IrfCommand implements Command {
    @Override
    public String name() {
        return "irf";
    }

    @Override
    public String usage() {
        return "irf " + VarOptions.MODEL_USAGE + " --horizon H [--kind orth|girf|unit] [--order EXPR,...] "
                + "[--bands none|asymptotic|bootstrap] [--draws N] [--seed S] [--level 0.95] [--json]; "
                + "or --vecm [--case nc|rc|c|crt|ct] [--rank R] (no --trend, --exog or bands)";
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
        IrfKind kind = kind(args);
        List<String> order = VarOptions.list(args, "order");
        String dflt = kind == IrfKind.GENERALISED ? "bootstrap" : "asymptotic";
        IrfBands bands = IrfBands.valueOf(args.choice("bands", dflt, "none", "asymptotic", "bootstrap")
                .toUpperCase(java.util.Locale.ROOT));
        int draws = args.intOpt("draws", IrfSpec.DEFAULT_DRAWS);
        long seed = args.opt("seed").map(v -> seed(args, v)).orElse(IrfSpec.DEFAULT_SEED);
        double level = args.opt("level").map(v -> args.parseDouble("level", v)).orElse(IrfSpec.DEFAULT_LEVEL);
        boolean json = args.flag("json");
        IrfSpec spec = VarOptions.spec(args, () -> new IrfSpec(m, kind, order, h, bands, draws, seed, level));
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        VarOptions.print(VarOptions.spec(args, () -> new IrfAnalysis().run(spec, data, ProgressReporter.NONE)), json,
                out);
        return 0;
    }

    private static IrfKind kind(Args args) {
        return switch (args.choice("kind", "orth", "orth", "girf", "unit")) {
            case "girf" -> IrfKind.GENERALISED;
            case "unit" -> IrfKind.UNIT;
            default -> IrfKind.ORTHOGONALISED;
        };
    }

    private int runVecm(Args args, PrintStream out) throws java.io.IOException {
        for (String o : List.of("bands", "draws", "seed", "level", "trend", "exog")) {
            if (args.opt(o).isPresent()) {
                throw new UsageException("irf --vecm: --" + o + " is not available for VECM responses"
                        + (o.equals("trend") ? "; the deterministic terms are chosen with --case" : ""));
            }
        }
        VecmSpec vecm = VarOptions.vecm(args);
        int h = args.parseInt("horizon", args.required("horizon"));
        IrfKind kind = kind(args);
        List<String> order = VarOptions.list(args, "order");
        boolean json = args.flag("json");
        VecmIrfSpec spec = VarOptions.spec(args, () -> new VecmIrfSpec(vecm, kind, order, h));
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        VarOptions.print(VarOptions.spec(args, () -> new VecmIrfAnalysis().run(spec, data, ProgressReporter.NONE)),
                json, out);
        return 0;
    }

    private static long seed(Args args, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(args.command() + ": --seed expects a whole number, got \"" + v + "\"");
        }
    }
}
