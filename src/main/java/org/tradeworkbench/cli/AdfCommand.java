package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.MacKinnon;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.LagCriterion;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;

/**
 * {@code adf}: the augmented Dickey-Fuller test on a series expression; or, with {@code --statistic}, the p-value
 * and critical values of a printed statistic (to check a published table).
 */
public final class AdfCommand implements Command {

    @Override
    public String name() {
        return "adf";
    }

    @Override
    public String usage() {
        return "adf --data FILE --column EXPR [--trend n|c|ct] [--diff D] (--lags K | --autolag aic|bic|tstat"
                + " [--maxlag M]) [--find-diff] [--from P --to P] [--json]   |   adf --statistic Z [--nobs N] [--trend c]"
                + " [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "find-diff");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        UnitRootTrend trend = UnitRootTrend.parse(args.choice("trend", "c", "n", "c", "ct"));
        boolean json = args.flag("json");
        if (args.opt("statistic").isPresent()) {
            return printedStatistic(args, trend, json, out);
        }
        boolean findDiff = args.flag("find-diff");
        if (findDiff && args.opt("diff").isPresent()) {
            throw new UsageException("adf: --find-diff tries --diff 0, 1, 2, 3 itself; give one or the other");
        }
        int diff = args.intOpt("diff", 0);
        if (diff < 0 || diff > AdfSpec.MAX_DIFF) {
            throw new UsageException("adf: --diff must be 0.." + AdfSpec.MAX_DIFF + ", got " + diff);
        }
        AdfSpec spec = spec(args, trend, diff);
        String column = args.required("column");
        Dataset data = DataOptions.load(args);
        args.checkAllUsed();
        if (findDiff) {
            return smallestDifference(data, column, spec, json, out);
        }
        AdfResult r = Adf.test(data, column, spec);
        if (json) {
            out.println(JsonWriter.write(r.toJson()));
        } else {
            for (ResultTable t : r.tables()) {
                out.println(TextTableWriter.write(t));
            }
        }
        return 0;
    }

    /** The smallest order of differencing whose ADF test rejects a unit root at 5%, with every test tried. */
    private static int smallestDifference(Dataset data, String column, AdfSpec spec, boolean json, PrintStream out) {
        StationarityOrder o = Adf.smallestStationaryDifference(TimeSeriesSample.of(data, column), spec, 0.05);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("diff", o.order().isPresent() ? o.order().getAsInt() : null);
            m.put("level", o.level());
            m.put("tried", o.tried().stream().map(AdfResult::toJson).toList());
            out.println(JsonWriter.write(m));
            return 0;
        }
        ResultTable.Builder t = ResultTable.builder("Order of integration of " + column + " by ADF at 5%", "tested",
                "statistic", "p-value", "lags", "nobs", "rejects unit root");
        for (AdfResult r : o.tried()) {
            t.row(Cell.text(r.tested()), Cell.number(r.statistic(), 4), AdfResult.pValueCell(r.pValue()),
                    Cell.integer(r.lags()), Cell.integer(r.nobs()), Cell.text(r.rejectsAt(0.05) ? "yes" : "no"));
        }
        t.note(o.order().isPresent() ? "Smallest stationary difference: d = " + o.order().getAsInt() + "."
                : "No order up to " + (o.tried().size() - 1) + " rejects a unit root at 5%.");
        out.println(TextTableWriter.write(t.build()));
        return 0;
    }

    private static AdfSpec spec(Args args, UnitRootTrend trend, int diff) {
        var lags = args.opt("lags");
        var autolag = args.opt("autolag");
        var maxlag = args.opt("maxlag");
        if (lags.isPresent() && autolag.isPresent()) {
            throw new UsageException("adf: give either --lags K or --autolag aic|bic|tstat, not both");
        }
        if (lags.isPresent()) {
            if (maxlag.isPresent()) {
                throw new UsageException("adf: --maxlag goes with --autolag; with --lags the number of lags is fixed");
            }
            int k = args.parseInt("lags", lags.get());
            if (k < 0) {
                throw new UsageException("adf: --lags cannot be negative, got " + k);
            }
            return AdfSpec.fixedLags(trend, diff, k);
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
        return AdfSpec.autoLag(trend, diff, crit, m);
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
                .row(Cell.text("p-value (MacKinnon 1994)"), AdfResult.pValueCell(p))
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
