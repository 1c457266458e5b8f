package org.tradeworkbench.core.analysis.causality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.granger.PairwiseGranger;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Granger causality tests in both directions for every pair of variables, in the order of the paper's Table 3
 * (for the variables a, b: "b does not Granger-cause a", then the reverse), each pair on its own common sample.
 * A pair or lag order that cannot be tested gets rows with the reason; the others still run.
 */
public final class CausalityAnalysis implements Analysis<CausalitySpec, CausalityReport> {
    public static final String KIND = "causality";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<CausalitySpec> specType() {
        return CausalitySpec.class;
    }

    private record Pair(String cause, String effect) {
    }

    @Override
    public CausalityReport run(CausalitySpec spec, Dataset data, ProgressReporter progress) {
        List<String> vars = checked(spec.variables());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            for (int j = i + 1; j < vars.size(); j++) {
                pairs.add(new Pair(vars.get(j), vars.get(i)));
            }
        }
        // Pairs are independent: test them on all cores, then keep the table in pair order. Each series'
        // own-lag (restricted) regressions are shared by every pair with the same sample.
        Map<String, double[]> restricted = new ConcurrentHashMap<>();
        OlsOptions options = spec.olsOptions();
        AtomicInteger done = new AtomicInteger();
        List<List<CausalityRow>> perPair = pairs.parallelStream().map(p -> {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            List<CausalityRow> rows = new ArrayList<>();
            for (PairwiseGranger.Order o : PairwiseGranger.test(data, p.cause(), p.effect(), spec.lags(),
                    spec.allLags(), restricted, options)) {
                if (o.ok()) {
                    rows.add(new CausalityRow(p.cause(), p.effect(), o.lags(), o.result().forward(), null));
                    rows.add(new CausalityRow(p.effect(), p.cause(), o.lags(), o.result().reverse(), null));
                } else {
                    rows.add(new CausalityRow(p.cause(), p.effect(), o.lags(), null, o.problem()));
                    rows.add(new CausalityRow(p.effect(), p.cause(), o.lags(), null, o.problem()));
                }
            }
            synchronized (progress) {
                progress.message("Granger causality: " + p.cause() + " and " + p.effect());
                progress.progress((double) done.incrementAndGet() / pairs.size());
            }
            return rows;
        }).toList();
        List<CausalityRow> rows = new ArrayList<>();
        perPair.forEach(rows::addAll);
        return new CausalityReport(spec, rows);
    }

    /** The variables trimmed; blanks, repeats and fewer than two are errors of the whole run. */
    private static List<String> checked(List<String> variables) {
        List<String> vars = new ArrayList<>();
        for (String v : variables) {
            String t = v.trim();
            if (t.isEmpty()) {
                throw new DataException("empty variable in the list");
            }
            if (vars.contains(t)) {
                throw new DataException("variable \"" + t + "\" is listed twice");
            }
            vars.add(t);
        }
        if (vars.size() < 2) {
            throw new DataException("Granger causality tests need at least two variables");
        }
        return vars;
    }
}
