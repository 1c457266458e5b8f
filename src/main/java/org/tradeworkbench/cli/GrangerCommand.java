package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.tradeworkbench.core.analysis.causality.CausalityAnalysis;
import org.tradeworkbench.core.analysis.causality.CausalityReport;
import org.tradeworkbench.core.analysis.causality.CausalitySpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.granger.GrangerResult;
import org.tradeworkbench.core.stats.granger.VarLagOrder;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code granger}: does the cause Granger-cause the effect at the given lag order (and the reverse): the causality
 * analysis of the one pair, with the Causality tab's table; optionally the VAR lag-order table for the pair.
 * The name stays for scripts written before {@code causality}.
 */
final class GrangerCommand implements Command {
    @Override
    public String name() {
        return "granger";
    }

    @Override
    public String usage() {
        return "granger --data FILE --cause EXPR --effect EXPR --lags P " + CovarianceOptions.USAGE
                + " [--lag-order MAXLAGS] [--from P] [--to P] [--presample cut|use] [--json]";
    }

    @Override
    public Set<String> flags() {
        Set<String> f = new HashSet<>(CovarianceOptions.FLAGS);
        f.add("json");
        return f;
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        String cause = args.required("cause");
        String effect = args.required("effect");
        int lags = args.parseInt("lags", args.required("lags"));
        if (lags < 1) {
            throw new UsageException("granger: --lags must be at least 1, got " + lags);
        }
        Integer maxLags = args.opt("lag-order").map(v -> args.parseInt("lag-order", v)).orElse(null);
        if (maxLags != null && maxLags < 1) {
            throw new UsageException("granger: --lag-order must be at least 1, got " + maxLags);
        }
        if (cause.trim().equals(effect.trim())) {
            throw new UsageException("granger: the cause and the effect are the same series (" + cause.trim() + ")");
        }
        CovarianceOptions cov = CovarianceOptions.parse(args, name());
        boolean json = args.flag("json");
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        // The causality analysis of the pair [effect, cause] tests "cause does not Granger-cause effect" first.
        CausalityReport report = new CausalityAnalysis().run(new CausalitySpec(List.of(effect, cause), lags, false)
                .withCovariance(cov.type(), cov.hacLags(), cov.hac()), data, ProgressReporter.NONE);
        report.requireAnyTested();
        VarLagOrder.Result order = maxLags == null ? null : VarLagOrder.select(data, effect, cause, maxLags);
        if (json) {
            GrangerResult r = new GrangerResult(report.rows().get(0).statistic(), report.rows().get(1).statistic());
            Map<String, Object> m = r.toJson();
            m.put("covariance_type", cov.type().key());
            if (order != null) {
                m.put("lag_order", order.toJson());
            }
            out.println(JsonWriter.write(m));
        } else {
            out.print(TextTableWriter.write(report));
            if (order != null) {
                out.println();
                out.print(TextTableWriter.write(order));
            }
        }
        return 0;
    }
}
