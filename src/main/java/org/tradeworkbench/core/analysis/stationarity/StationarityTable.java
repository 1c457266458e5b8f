package org.tradeworkbench.core.analysis.stationarity;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.Adf;
import org.tradeworkbench.core.stats.unitroot.AdfResult;
import org.tradeworkbench.core.stats.unitroot.KpssResult;

/**
 * The Stationarity table (the tab's, and the {@code adf} command's first table), laid out like the paper's Table 2 (Variable, Difference, Z, p value) with the
 * lags, observations, sample, critical values and a verdict; the KPSS test in three more columns on request.
 * Built from the result objects only.
 */
public final class StationarityTable {
    /** The title for {@code test}, e.g. "Stationarity tests (augmented Dickey-Fuller)". */
    static String title(UnitRootKind test) {
        return "Stationarity tests (" + test.label() + ")";
    }

    /** The ADF statistic's column, named as the paper's Table 2 names it. */
    public static final String Z = statisticColumn(UnitRootKind.ADF);
    public static final String STATIONARY = "stationary at 5%";
    public static final String UNIT_ROOT = "unit root not rejected";
    /** The Zivot-Andrews break date's column. */
    public static final String BREAK = "Break";

    private StationarityTable() {
    }

    /** The statistic's column for {@code test}, e.g. "Z (ADF)". */
    public static String statisticColumn(UnitRootKind test) {
        return "Z (" + test.shortName() + ")";
    }

    static ResultTable build(List<StationarityRow> rows, StationaritySpec s) {
        boolean breaks = s.test() == UnitRootKind.ZA;
        List<String> cols = new ArrayList<>(List.of("Variable", "Difference", statisticColumn(s.test()), "p value", "Lags", "Obs",
                "Sample"));
        if (breaks) {
            cols.add(BREAK);
        }
        cols.addAll(List.of("CV 1%", "CV 5%", "CV 10%", "Verdict"));
        if (s.kpss()) {
            cols.addAll(List.of("KPSS", "KPSS p value", "KPSS verdict"));
        }
        ResultTable.Builder b = ResultTable.builder(title(s.test()), cols.toArray(String[]::new));
        for (StationarityRow r : rows) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(r.variable()));
            UnitRootOutcome a = r.test();
            if (a == null) {
                cells.add(Cell.text(""));
                cells.add(Cell.number(Double.NaN, 3));
                cells.add(Cell.pValue(Double.NaN));
                cells.add(Cell.text(""));
                cells.add(Cell.text(""));
                cells.add(Cell.text(""));
                if (breaks) {
                    cells.add(Cell.text(""));
                }
                for (int i = 0; i < 3; i++) {
                    cells.add(Cell.number(Double.NaN, 3));
                }
                cells.add(Cell.text(r.problem()));
            } else {
                cells.add(Cell.integer(a.diff()));
                cells.add(Cell.number(a.statistic(), 3));
                cells.add(a.pValue() == null ? Cell.text("") : Cell.pValue(a.pValue()));
                cells.add(Cell.integer(a.lags()));
                cells.add(Cell.integer(a.nobs()));
                cells.add(Cell.text(a.sampleFirst() + "–" + a.sampleLast()));
                if (breaks) {
                    cells.add(Cell.text(a.breakPeriod()));
                }
                double[] cv = a.criticalValues();
                for (double c : cv) {
                    cells.add(Cell.number(c, 3));
                }
                cells.add(Cell.text(verdict(r)));
            }
            if (s.kpss()) {
                KpssResult k = r.kpss();
                if (k == null) {
                    cells.add(Cell.number(Double.NaN, 3));
                    cells.add(Cell.pValue(Double.NaN));
                    cells.add(Cell.text(r.kpssProblem() == null ? "" : r.kpssProblem()));
                } else {
                    cells.add(Cell.number(k.statistic(), 3));
                    cells.add(k.beyondTable() ? Cell.pValueBeyond(k.pValue(), k.pValue() >= 0.1)
                            : Cell.pValue(k.pValue()));
                    cells.add(Cell.text(k.pValue() < StationaritySpec.LEVEL
                            ? "stationarity rejected at 5%"
                            : (k.trend() == UnitRootTrend.CONSTANT ? "level" : "trend") + " stationary at 5%"));
                }
            }
            b.row(cells);
        }
        if (breaks) {
            b.note(ZivotAndrewsRows.SOURCE_NOTE + sources(rows, "statsmodels' table") + ". Break: "
                    + s.breaks().type().description() + ", " + Math.round(s.breaks().trim() * 100)
                    + "% of the sample trimmed at each end; " + s.describeLags() + ". " + BREAK
                    + ": the last period before the break.");
        } else if (s.test() == UnitRootKind.PP || s.test() == UnitRootKind.DFGLS) {
            b.note((s.test() == UnitRootKind.PP ? PhillipsPerronRows.SOURCE_NOTE
                    + "Statistic: " + s.pp().statistic().label() + ". " : DfGlsRows.SOURCE_NOTE)
                    + "Deterministic terms: " + s.trend().description() + "; " + s.describeLags() + ". "
                    + (s.test() == UnitRootKind.PP ? "p values and critical values" : "Critical values") + ": "
                    + sources(rows, "as urca's " + (s.test() == UnitRootKind.PP ? "ur.pp" : "ur.ers")) + ".");
        } else {
            b.note("H0 of the ADF test: the series has a unit root. Deterministic terms: " + s.trend().description()
                    + "; " + s.describeLags() + ". p values: MacKinnon (1994); critical values (CV): MacKinnon (2010).");
        }
        for (StationarityRow r : rows) {
            String lagNote = maxLagNote(r, s);
            if (lagNote != null) {
                b.note(lagNote);
            }
        }
        for (StationarityRow r : rows) {
            if (r.presampleNote() != null) {
                b.note(r.presampleNote());
            }
        }
        for (StationarityRow r : rows) {
            String w = lagWarning(r);
            if (w != null) {
                b.note(w);
            }
        }
        if (s.difference().isSearch()) {
            b.note("Difference: the smallest order 0..3 whose " + s.test().shortName()
                    + " test rejects a unit root at 5%; "
                    + "where none does, the highest order tried is shown.");
        }
        if (s.kpss()) {
            b.note("KPSS: H0 the series is " + (s.trend() == UnitRootTrend.CONSTANT_TREND ? "trend" : "level")
                    + " stationary; Bartlett kernel, automatic bandwidth (Hobijn et al. 1998); p values "
                    + "interpolated in Kwiatkowski et al. (1992), Table 1.");
        }
        return b.build();
    }

    /**
     * For a lag order chosen by a criterion: the maximum actually searched and, for the default maximum, the rule
     * that gave it on this variable's sample (e.g. "lny: AIC chose 5 lags among 0..5; default maximum
     * min(ceil(12 (14/100)^(1/4)), 14/2 - 1 - 1) = 5"). Null for fixed lags or an untested variable.
     */
    static String maxLagNote(StationarityRow r, StationaritySpec s) {
        AdfResult a = r.adf();
        if (a == null || !a.spec().isAutoLag()) {
            return null;
        }
        String chose = r.variable() + ": " + a.spec().criterion().label() + " chose " + a.lags() + " lag"
                + (a.lags() == 1 ? "" : "s") + " among 0.." + a.maxLag();
        if (s.maxLag() != null) {
            return chose + " (maximum set by the user).";
        }
        int n = a.ruleNobs();
        int k = a.spec().trend().termCount();
        int rule = Adf.defaultMaxLag(n, a.spec().trend());
        return chose + "; default maximum min(ceil(12 (" + n + "/100)^(1/4)), " + n + "/2 - " + k + " - 1) = "
                + rule + " (Schwert 1989, as statsmodels), n = " + n + " values of " + a.tested()
                + (rule > a.maxLag() ? ", lowered to " + a.maxLag() + ": with " + rule + " lags the largest candidate"
                + " regression would fit its observations exactly and leave the criterion meaningless" : "") + ".";
    }

    /**
     * A warning when the lags and terms of the test regression leave fewer residual degrees of freedom than they
     * use: the statistic then rests on a handful of observations and its p value is unreliable. Null otherwise.
     */
    static String lagWarning(StationarityRow r) {
        AdfResult a = r.adf();
        if (a == null) {
            UnitRootOutcome o = r.test();
            // DF-GLS: the test regression has the lagged level and the lagged differences, no deterministic terms.
            if (o == null || o.test() != UnitRootKind.DFGLS) {
                return null;
            }
            return lagWarning(r.variable(), o.lags(), o.nobs(), 1 + o.lags(), "the test");
        }
        return lagWarning(r.variable(), a.lags(), a.nobs(), 1 + a.spec().trend().termCount() + a.lags(),
                "the p value");
    }

    private static String lagWarning(String variable, int lags, int nobs, int params, String what) {
        int df = nobs - params;
        if (df >= params) {
            return null;
        }
        return "Warning: " + variable + ": " + lags + " lag" + (lags == 1 ? "" : "s") + " leave "
                + nobs + " observations for " + params + " coefficients (" + df + " residual degree"
                + (df == 1 ? "" : "s") + " of freedom): the lags eat most of the sample and " + what + " is "
                + "unreliable; fix fewer lags, set a lower maximum or use a longer sample.";
    }

    static String verdict(StationarityRow r) {
        UnitRootOutcome a = r.test();
        if (a.rejectsAt(StationaritySpec.LEVEL)) {
            return STATIONARY;
        }
        if (!r.tried().isEmpty()) {
            return UNIT_ROOT + " up to d = " + a.diff();
        }
        return UNIT_ROOT;
    }

    /**
     * Where the p values and critical values come from: one source when every tested row shares it, else each
     * row's (the tables are read at each series' own length, so rows of different lengths differ).
     */
    static String sources(List<StationarityRow> rows, String none) {
        List<StationarityRow> ok = rows.stream().filter(StationarityRow::ok).toList();
        if (ok.isEmpty()) {
            return none;
        }
        if (ok.stream().map(r -> r.test().source()).distinct().count() == 1) {
            return ok.get(0).test().source();
        }
        return ok.stream().map(r -> r.variable() + ": " + r.test().source())
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
