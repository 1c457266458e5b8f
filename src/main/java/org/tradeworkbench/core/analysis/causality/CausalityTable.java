package org.tradeworkbench.core.analysis.causality;

import java.util.List;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;

/**
 * The causality table, like the paper's Table 3: null hypothesis, lags, observations, F, df, p value, sample
 * and the verdict; a row that could not be tested says why in the verdict.
 */
public final class CausalityTable {
    public static final String NOT_REJECTED = "no Granger causality at 5%";

    private CausalityTable() {
    }

    static String title(CausalitySpec spec) {
        int lags = spec.lags();
        return "Granger causality tests, " + (spec.allLags() ? "lags 1 to " + lags
                : lags + (lags == 1 ? " lag" : " lags")) + (spec.robust() ? ", " + spec.covariance().label() : "");
    }

    static ResultTable build(List<CausalityRow> rows, CausalitySpec spec) {
        ResultTable.Builder b = ResultTable.builder(title(spec), "Null hypothesis", "Lags", "Obs", "F", "df",
                "p value", "Sample", "Verdict");
        for (CausalityRow r : rows) {
            GrangerStatistic g = r.statistic();
            if (g == null) {
                b.row(Cell.text(r.nullHypothesis()), Cell.integer(r.lags()), Cell.text(""),
                        Cell.number(Double.NaN, 3), Cell.text(""), Cell.pValue(Double.NaN), Cell.text(""),
                        Cell.text(r.problem()));
                continue;
            }
            b.row(Cell.text(r.nullHypothesis()), Cell.integer(g.lags()), Cell.integer(g.nobs()),
                    Cell.number(g.fStatistic(), 3), Cell.text(g.dfNum() + ", " + g.dfDenom()),
                    Cell.pValue(g.pValue()), Cell.text(g.sampleStart() + "–" + g.sampleEnd()), Cell.text(verdict(g)));
        }
        if (spec.robust()) {
            b.note("Wald F test of the lags of the cause in the regression of the effect on a constant, its own lags "
                    + "and the cause's, with the " + covariances(rows, spec) + " covariance; F = W/q on (q, n - k) "
                    + "degrees of freedom (R lmtest::waldtest(unrestricted, restricted, vcov = ..., test = \"F\"), "
                    + "lmtest::grangertest with a vcov). Each pair on its own common sample; Sample is the span of "
                    + "the regressions.");
        } else {
            b.note("F test comparing the regression of the effect on a constant and its own lags with the one adding "
                    + "the lags of the cause (statsmodels ssr_ftest, R lmtest::grangertest). Covariance: classical. "
                    + "Each pair on its own common sample; Sample is the span of the regressions.");
        }
        return b.build();
    }

    /** The covariances the tests used, as the regression names them (HAC lags can differ between samples). */
    static String covariances(List<CausalityRow> rows, CausalitySpec spec) {
        List<String> seen = new java.util.ArrayList<>();
        for (CausalityRow r : rows) {
            if (r.ok() && !seen.contains(r.statistic().covariance())) {
                seen.add(r.statistic().covariance());
            }
        }
        return seen.isEmpty() ? spec.covariance().label() : String.join("; ", seen);
    }

    static String verdict(GrangerStatistic g) {
        return g.rejects(CausalitySpec.LEVEL) ? g.cause() + " Granger-causes " + g.effect() + " at 5%" : NOT_REJECTED;
    }
}
