package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeworkbench.core.analysis.stationarity.BreakChoice;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootOutcome;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsBreak;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsSpec;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code za}: the Zivot-Andrews unit-root test with one break at an unknown date, as the Stationarity tab runs it
 * with the test set to Zivot-Andrews (the same {@link StationaritySpec}, the same table first, then the test).
 */
public final class ZaCommand implements Command {

    @Override
    public String name() {
        return "za";
    }

    @Override
    public String usage() {
        return "za --data FILE --column EXPR [--break intercept|trend|both] [--trim SHARE] [--diff D]"
                + " (--lags K | --autolag aic|bic|tstat [--maxlag M]) [--find-diff] [--kpss] [--from P --to P [--presample cut|use]] [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "find-diff", "kpss");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        return UnitRootCommands.run(args, spec(args), out);
    }

    /** The test's own keys; with {@code --find-diff} also the order found and every test tried. */
    static Map<String, Object> json(StationarityRow row, StationaritySpec spec) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(row.test().json());
        if (!row.tried().isEmpty()) {
            m.put("found_diff", row.test().rejectsAt(StationaritySpec.LEVEL) ? row.test().diff() : null);
            m.put("tried", row.tried().stream().map(UnitRootOutcome::json).toList());
        }
        if (spec.kpss()) {
            m.put("kpss", row.kpss() == null ? null : row.kpss().toJson());
            m.put("kpss_problem", row.kpssProblem());
        }
        if (row.presampleNote() != null) {
            m.put("presample_note", row.presampleNote());
        }
        return m;
    }

    static StationaritySpec spec(Args args) {
        ZivotAndrewsBreak type;
        try {
            type = ZivotAndrewsBreak.parse(args.choice("break", "intercept", "intercept", "trend", "both", "c",
                    "t", "ct"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("za: " + e.getMessage());
        }
        double trim = args.opt("trim").map(v -> args.parseDouble("trim", v)).orElse(ZivotAndrewsSpec.DEFAULT_TRIM);
        BreakChoice breaks;
        try {
            breaks = new BreakChoice(type, trim);
        } catch (IllegalArgumentException e) {
            throw new UsageException("za: --trim: " + e.getMessage());
        }
        DifferenceChoice difference = UnitRootCommands.difference(args);
        var lags = args.opt("lags");
        var autolag = args.opt("autolag");
        var maxlag = args.opt("maxlag");
        if (lags.isPresent() && autolag.isPresent()) {
            throw new UsageException("za: give either --lags K or --autolag aic|bic|tstat, not both");
        }
        String column = args.required("column");
        boolean kpss = args.flag("kpss");
        // KPSS beside it tests trend stationarity: every Zivot-Andrews model has a constant and a trend.
        UnitRootTrend trend = UnitRootTrend.CONSTANT_TREND;
        if (lags.isPresent()) {
            if (maxlag.isPresent()) {
                throw new UsageException("za: --maxlag goes with --autolag; with --lags the number of lags is fixed");
            }
            int k = UnitRootCommands.nonNegative(args, "lags", lags.get());
            return new StationaritySpec(List.of(column), UnitRootKind.ZA, trend, difference, LagChoice.FIXED, k,
                    null, kpss, breaks);
        }
        // statsmodels' zivot_andrews default: lags chosen by AIC.
        LagCriterion crit = LagCriterion.parse(args.choice("autolag", "aic", "aic", "bic", "tstat", "t-stat"));
        Integer m = maxlag.isPresent() ? UnitRootCommands.nonNegative(args, "maxlag", maxlag.get()) : null;
        return new StationaritySpec(List.of(column), UnitRootKind.ZA, trend, difference, LagChoice.of(crit), 0, m,
                kpss, breaks);
    }
}
