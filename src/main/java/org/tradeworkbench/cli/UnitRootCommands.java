package org.tradeworkbench.cli;

import java.io.PrintStream;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityAnalysis;
import org.tradeworkbench.core.analysis.stationarity.StationarityReport;
import org.tradeworkbench.core.analysis.stationarity.StationaritySpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.task.ProgressReporter;

/** What the one-series unit-root commands share: options read alike, the Stationarity analysis run and shown. */
final class UnitRootCommands {
    private UnitRootCommands() {
    }

    /** Runs {@code spec} as the Stationarity tab does and prints its table and the test's, or the test's JSON. */
    static int run(Args args, StationaritySpec spec, PrintStream out) throws java.io.IOException {
        boolean json = args.flag("json");
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        StationarityReport report = new StationarityAnalysis().run(spec, data, ProgressReporter.NONE);
        report.requireAnyTested();
        if (json) {
            out.println(JsonWriter.write(ZaCommand.json(report.rows().get(0), spec)));
            return 0;
        }
        out.println(TextTableWriter.write(report.table()));
        for (ResultTable t : report.details()) {
            out.println(TextTableWriter.write(t));
        }
        return 0;
    }

    /** {@code --diff D} or {@code --find-diff}, not both. */
    static DifferenceChoice difference(Args args) {
        String cmd = args.command();
        boolean findDiff = args.flag("find-diff");
        if (findDiff && args.opt("diff").isPresent()) {
            throw new UsageException(cmd + ": --find-diff tries --diff 0, 1, 2, 3 itself; give one or the other");
        }
        int diff = args.intOpt("diff", 0);
        if (diff < 0 || diff > AdfSpec.MAX_DIFF) {
            throw new UsageException(cmd + ": --diff must be 0.." + AdfSpec.MAX_DIFF + ", got " + diff);
        }
        return findDiff ? DifferenceChoice.SMALLEST : DifferenceChoice.ofOrder(diff);
    }

    /** {@code --trend c|ct} (default c): these tests always have a deterministic part. */
    static UnitRootTrend trend(Args args) {
        return UnitRootTrend.parse(args.choice("trend", "c", "c", "ct"));
    }

    /** A whole number at least 0, named in the message. */
    static int nonNegative(Args args, String option, String text) {
        int k = args.parseInt(option, text);
        if (k < 0) {
            throw new UsageException(args.command() + ": --" + option + " cannot be negative, got " + k);
        }
        return k;
    }
}
