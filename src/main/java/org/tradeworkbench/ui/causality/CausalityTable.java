package org.tradeworkbench.ui.causality;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.stats.granger.GrangerStatistic;

/** The Causality tab's table, like the paper's Table 3: null hypothesis, F, df, p value and the verdict. */
public final class CausalityTable {
    public static final double LEVEL = 0.05;
    public static final String NOT_REJECTED = "no Granger causality at 5%";

    private CausalityTable() {
    }

    public static ResultTable build(List<CausalityRow> rows, int lags, boolean allLags) {
        String title = "Granger causality tests, " + (allLags ? "lags 1 to " + lags : lags + (lags == 1 ? " lag"
                : " lags"));
        ResultTable.Builder b = ResultTable.builder(title, "Null hypothesis", "Lags", "Obs", "F", "df", "p value",
                "Sample", "Verdict");
        for (CausalityRow r : rows) {
            GrangerStatistic g = r.statistic();
            if (g == null) {
                b.row(Cell.text(r.nullHypothesis()), Cell.integer(r.lags()), Cell.text(""),
                        Cell.number(Double.NaN, 3), Cell.text(""), Cell.number(Double.NaN, 4), Cell.text(""),
                        Cell.text(r.problem()));
                continue;
            }
            b.row(Cell.text(r.nullHypothesis()), Cell.integer(g.lags()), Cell.integer(g.nobs()),
                    Cell.number(g.fStatistic(), 3), Cell.text(g.dfNum() + ", " + g.dfDenom()), pValue(g.pValue()),
                    Cell.text(g.sampleStart() + "–" + g.sampleEnd()), Cell.text(verdict(g)));
        }
        b.note("F test comparing the regression of the effect on a constant and its own lags with the one adding "
                + "the lags of the cause (statsmodels ssr_ftest, R lmtest::grangertest). Each pair on its own "
                + "common sample; Sample is the span of the regressions.");
        return b.build();
    }

    static String verdict(GrangerStatistic g) {
        return g.rejects(LEVEL) ? g.cause() + " Granger-causes " + g.effect() + " at 5%" : NOT_REJECTED;
    }

    private static Cell pValue(double p) {
        return p < 0.0001 ? Cell.text(NumberFormats.pValue(p)) : Cell.number(p, 4);
    }
}
