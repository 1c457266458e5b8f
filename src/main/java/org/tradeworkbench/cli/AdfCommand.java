package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.analysis.stationarity.UnitRootKind;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code adf}: the augmented Dickey-Fuller test on a series expression, as the Stationarity tab runs it (the same
 * {@link StationaritySpec}, the same table first, then the test regression); or, with {@code --statistic}, the
 * p-value and critical values of a printed statistic (to check a published table).
 */
public final class AdfCommand implements Command {

    @Override
    public String name() {
        return "adf";
    }

    @Override
    public String usage() {
        return "adf --data FILE --column EXPR [--trend n|c|ct] [--diff D] (--lags K | --autolag aic|bic|tstat"
                + " [--maxlag M]) [--find-diff] [--kpss] [--from P --to P [--presample cut|use]] [--json]   |   adf --statistic Z [--nobs N] [--trend c]"
                + " [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "find-diff", "kpss");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        UnitRootTrend trend = UnitRootTrend.parse(args.choice("trend", "c", "n", "c", "ct"));
        boolean json = args.flag("json");
        if (args.opt("statistic").isPresent()) {
            return printedStatistic(args, trend, json, out);
        }
        StationaritySpec spec = spec(args, trend);
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        StationarityReport report = new StationarityAnalysis().run(spec, data, ProgressReporter.NONE);
        report.requireAnyTested();
        StationarityRow row = report.rows().get(0);
        if (json) {
            out.println(JsonWriter.write(json(row, spec)));
            return 0;
        }
        // The Stationarity tab's table first, then the tests behind it.
        out.println(TextTableWriter.write(report.table()));
        for (ResultTable t : report.details()) {
            out.println(TextTableWriter.write(t));
        }
        return 0;
    }

    /**
     * The {@code --json} contract: the ADF test's own keys, or with {@code --find-diff} the order found, the level
     * and every test tried; the KPSS test under {@code "kpss"} with {@code --kpss}.
     */
    private static Map<String, Object> json(StationarityRow row, StationaritySpec spec) {
        Map<String, Object> m;
        if (row.search() != null) {
            StationarityOrder o = row.search();
            m = new LinkedHashMap<>();
            m.put("diff", o.order().isPresent() ? o.order().getAsInt() : null);
            m.put("level", o.level());
            m.put("tried", o.tried().stream().map(AdfResult::toJson).toList());
        } else {
            m = row.adf().toJson();
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

    /** The Stationarity spec the options describe: one variable, as the tab would test it. */
    static StationaritySpec spec(Args args, UnitRootTrend trend) {
        boolean findDiff = args.flag("find-diff");
        if (findDiff && args.opt("diff").isPresent()) {
            throw new UsageException("adf: --find-diff tries --diff 0, 1, 2, 3 itself; give one or the other");
        }
        int diff = args.intOpt("diff", 0);
        if (diff < 0 || diff > AdfSpec.MAX_DIFF) {
            throw new UsageException("adf: --diff must be 0.." + AdfSpec.MAX_DIFF + ", got " + diff);
        }
        DifferenceChoice difference = findDiff ? DifferenceChoice.SMALLEST : DifferenceChoice.ofOrder(diff);
        var lags = args.opt("lags");
        var autolag = args.opt("autolag");
        var maxlag = args.opt("maxlag");
        if (lags.isPresent() && autolag.isPresent()) {
            throw new UsageException("adf: give either --lags K or --autolag aic|bic|tstat, not both");
        }
        String column = args.required("column");
        boolean kpss = args.flag("kpss");
        if (lags.isPresent()) {
            if (maxlag.isPresent()) {
                throw new UsageException("adf: --maxlag goes with --autolag; with --lags the number of lags is fixed");
            }
            int k = args.parseInt("lags", lags.get());
            if (k < 0) {
                throw new UsageException("adf: --lags cannot be negative, got " + k);
            }
            return new StationaritySpec(List.of(column), UnitRootKind.ADF, trend, difference, LagChoice.FIXED, k,
                    null, kpss);
        }
        // statsmodels' default: lags chosen by AIC.
        LagCriterion crit = LagCriterion.parse(args.choice("autolag", "aic", "aic", "bic", "tstat", "t-stat"));
        Integer m = null;
        if (maxlag.isPresent()) {
            m = args.parseInt("maxlag", maxlag.get());
            if (m < 0) {
                throw new UsageException("adf: --maxlag cannot be negative, got " + m);
            }
        }
        return new StationaritySpec(List.of(column), UnitRootKind.ADF, trend, difference, LagChoice.of(crit), 0, m,
                kpss);
    }

    private static int printedStatistic(Args args, UnitRootTrend trend, boolean json, PrintStream out) {
        for (String dataOption : new String[] {"data", "column", "lags", "autolag", "maxlag", "diff", "from", "to"}) {
            if (args.opt(dataOption).isPresent()) {
                throw new UsageException("adf: --statistic takes only --nobs and --trend, not --" + dataOption);
            }
        }
        double z = args.parseDouble("statistic", args.required("statistic"));
        var nobsText = args.opt("nobs");
        Integer nobs = null;
        if (nobsText.isPresent()) {
            nobs = args.parseInt("nobs", nobsText.get());
            if (nobs < 1) {
                throw new UsageException("adf: --nobs must be positive, got " + nobs);
            }
        }
        args.checkAllUsed();
        double p = MacKinnon.pValue(z, trend);
        double[] cv = MacKinnon.criticalValues(trend, nobs == null ? Double.POSITIVE_INFINITY : nobs);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("statistic", z);
            m.put("p_value", p);
            m.put("nobs", nobs);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("1%", cv[0]);
            c.put("5%", cv[1]);
            c.put("10%", cv[2]);
            m.put("critical_values", c);
            m.put("trend", trend.code());
            out.println(JsonWriter.write(m));
            return 0;
        }
        ResultTable t = ResultTable.builder("Dickey-Fuller tau = " + z + " (" + trend.description() + ")", "", "value")
                .row(Cell.text("p-value (MacKinnon 1994)"), Cell.pValue(p))
                .row(Cell.text("critical value 1%"), Cell.number(cv[0], 4))
                .row(Cell.text("critical value 5%"), Cell.number(cv[1], 4))
                .row(Cell.text("critical value 10%"), Cell.number(cv[2], 4))
                .note(nobs == null ? "Asymptotic critical values (give --nobs for the sample size)."
                        : "Critical values for " + nobs + " observations (MacKinnon 2010).")
                .build();
        out.println(TextTableWriter.write(t));
        return 0;
    }
}
