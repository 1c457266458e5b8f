package org.tradeworkbench.core.analysis.stationarity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.Kpss;
import org.tradeworkbench.core.stats.unitroot.KpssLags;
import org.tradeworkbench.core.stats.unitroot.KpssResult;
import org.tradeworkbench.core.stats.unitroot.StationarityOrder;
import org.tradeworkbench.core.stats.unitroot.TimeSeriesSample;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Unit-root tests of a set of variables, each on its own, so that one bad variable (an unknown name, a gap, too
 * few observations) gives its row a message and the others still get their tests.
 */
public final class StationarityAnalysis implements Analysis<StationaritySpec, StationarityReport> {
    public static final String KIND = "stationarity";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<StationaritySpec> specType() {
        return StationaritySpec.class;
    }

    /** Tests every variable of the spec on {@code data}, already cut to the sample. */
    @Override
    public StationarityReport run(StationaritySpec spec, Dataset data, ProgressReporter progress) {
        List<String> variables = spec.variables();
        List<StationarityRow> rows = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            String v = variables.get(i);
            progress.message(spec.test().shortName() + " test: " + v);
            progress.progress((double) i / variables.size());
            rows.add(one(data, v, spec));
        }
        progress.progress(1);
        return new StationarityReport(spec, rows);
    }

    static StationarityRow one(Dataset data, String variable, StationaritySpec s) {
        TimeSeriesSample sample;
        AdfResult adf = null;
        StationarityOrder search = null;
        UnitRootOutcome shown;
        List<UnitRootOutcome> tried = new ArrayList<>();
        try {
            sample = TimeSeriesSample.of(data, variable);
            switch (s.test()) {
                case ADF -> {
                    if (s.difference().isSearch()) {
                        search = Adf.smallestStationaryDifference(sample, s.adfSpec(0), StationaritySpec.LEVEL);
                        adf = search.tried().get(search.tried().size() - 1);
                        search.tried().forEach(a -> tried.add(UnitRootOutcome.of(a)));
                    } else {
                        adf = Adf.test(sample, s.adfSpec(s.difference().order()));
                    }
                    shown = UnitRootOutcome.of(adf);
                }
                // Presample values: the lagged level of the PP regression; differences only for ZA and DF-GLS.
                case ZA -> shown = byDifference(s, tried, d -> ZivotAndrewsRows.test(sample.keepPresample(d), d,
                        s.zivotAndrewsSpec()));
                case PP -> shown = byDifference(s, tried, d -> PhillipsPerronRows.test(sample.keepPresample(d + 1),
                        d, s.phillipsPerronSpec()));
                case DFGLS -> shown = byDifference(s, tried, d -> DfGlsRows.test(sample.keepPresample(d), d,
                        s.dfGlsSpec()));
                default -> throw new IllegalStateException("no case for " + s.test());
            }
        } catch (DataException | IllegalArgumentException e) {
            return StationarityRow.failed(variable, e.getMessage());
        }
        if (!Double.isFinite(shown.statistic())) {
            // Never a silent NA: the numbers gave no statistic (e.g. a test regression with no residual variance).
            return StationarityRow.failed(variable, "the " + s.test().shortName() + " statistic of " + variable
                    + " cannot be computed from these values (the test regression gives no finite t ratio)");
        }
        KpssResult kpss = null;
        String kpssProblem = null;
        if (s.kpss()) {
            if (s.trend() == UnitRootTrend.NONE) {
                kpssProblem = "KPSS needs a constant (c) or a constant and trend (ct)";
            } else {
                try {
                    kpss = Kpss.test(sample.keepPresample(shown.diff()), s.trend(), KpssLags.AUTO, shown.diff());
                } catch (DataException | IllegalArgumentException e) {
                    kpssProblem = e.getMessage();
                }
            }
        }
        return new StationarityRow(variable, shown, tried, adf, search, kpss, null, kpssProblem,
                presampleNote(data, variable, sample, shown, s.test()));
    }

    /**
     * With presample values: how many observations of the sample the test regression lost, and why (too few
     * values before the start, or a test that takes them for differences only); null when none was lost.
     */
    static String presampleNote(Dataset data, String variable, TimeSeriesSample level, UnitRootOutcome shown,
                                UnitRootKind test) {
        if (!data.usesPresample() || data.rowCount() == 0) {
            return null;
        }
        int lost = -1;
        for (int i = 0; i < data.rowCount(); i++) {
            if (data.index().label(i).equals(shown.sampleFirst())) {
                lost = i;
                break;
            }
        }
        if (lost <= 0) {
            return null;
        }
        String start = data.index().label(0);
        String why;
        if (level.firstRow() > data.presampleRows()) {
            why = variable + " has no value at the sample's start";
        } else if (test == UnitRootKind.DFGLS || test == UnitRootKind.ZA) {
            why = test.shortName() + " takes presample values for differences only";
        } else {
            int p = level.presample();
            why = p == 0 ? "there is no value of " + variable + " before " + start
                    : "only " + p + " value" + (p == 1 ? "" : "s") + " of " + variable + " before " + start;
        }
        return variable + ": " + lost + " observation" + (lost == 1 ? "" : "s") + " of the sample lost to lags"
                + " and differences: the test regression starts at " + shown.sampleFirst() + ", the sample at "
                + start + " (" + why + ").";
    }

    /**
     * The test at the spec's difference, or with the order search the smallest difference whose test rejects at
     * 5% (else the highest tried), as for ADF; every test tried is added to {@code tried}.
     */
    private static UnitRootOutcome byDifference(StationaritySpec s, List<UnitRootOutcome> tried,
                                                java.util.function.IntFunction<UnitRootOutcome> test) {
        if (!s.difference().isSearch()) {
            return test.apply(s.difference().order());
        }
        for (int d = 0; d <= AdfSpec.MAX_DIFF; d++) {
            UnitRootOutcome o = test.apply(d);
            tried.add(o);
            if (o.rejectsAt(StationaritySpec.LEVEL)) {
                break;
            }
        }
        return tried.get(tried.size() - 1);
    }
}
