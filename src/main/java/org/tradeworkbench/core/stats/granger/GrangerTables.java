package org.tradeworkbench.core.stats.granger;

import java.util.List;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/** The layout of the paper's Table 3: null hypothesis, F, df, p-value and the verdict. */
final class GrangerTables {
    private GrangerTables() {
    }

    static ResultTable table(String title, List<GrangerStatistic> rows, double alpha, boolean lagColumn) {
        ResultTable.Builder b = lagColumn
                ? ResultTable.builder(title, "Null hypothesis", "Lags", "Obs", "F", "df", "p-value", "Chi-square",
                        "p-value (chi2)", "Verdict at " + pct(alpha))
                : ResultTable.builder(title, "Null hypothesis", "Obs", "F", "df", "p-value", "Chi-square",
                        "p-value (chi2)", "Verdict at " + pct(alpha));
        for (GrangerStatistic g : rows) {
            Cell verdict = Cell.text(g.rejects(alpha) ? "reject" : "do not reject");
            Cell df = Cell.text(g.dfNum() + ", " + g.dfDenom());
            if (lagColumn) {
                b.row(Cell.text(g.nullHypothesis()), Cell.integer(g.lags()), Cell.integer(g.nobs()),
                        Cell.number(g.fStatistic(), 4), df, Cell.pValue(g.pValue()),
                        Cell.number(g.chi2Statistic(), 4), Cell.pValue(g.chi2PValue()), verdict);
            } else {
                b.row(Cell.text(g.nullHypothesis()), Cell.integer(g.nobs()), Cell.number(g.fStatistic(), 4), df,
                        Cell.pValue(g.pValue()), Cell.number(g.chi2Statistic(), 4),
                        Cell.pValue(g.chi2PValue()), verdict);
            }
        }
        if (!rows.isEmpty()) {
            GrangerStatistic g = rows.get(0);
            b.note("F test on the sum of squared residuals (statsmodels ssr_ftest, R lmtest::grangertest); "
                    + "chi-square form n (SSR_r - SSR_u) / SSR_u");
            if (!lagColumn) {
                b.note("Sample " + g.sampleStart() + " - " + g.sampleEnd() + " after " + g.lags() + " lag"
                        + (g.lags() == 1 ? "" : "s"));
            }
        }
        return b.build();
    }

    private static String pct(double alpha) {
        return NumberFormats.general(alpha * 100) + "%";
    }
}
