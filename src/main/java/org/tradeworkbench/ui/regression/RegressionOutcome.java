package org.tradeworkbench.ui.regression;

import java.util.List;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * An estimated model and everything the tab shows of it, computed in the background.
 *
 * @param coefficients the coefficient table
 * @param fit          the fit statistics
 * @param diagnostics  the specification tests (Breusch-Godfrey, Breusch-Pagan, White, Jarque-Bera, RESET)
 * @param equation     the fitted equation as the paper writes its equation (2)
 * @param actualFitted the chart of actual and fitted values
 * @param residuals    the chart of the residuals
 */
public record RegressionOutcome(OlsResult result, ResultTable coefficients, ResultTable fit, ResultTable diagnostics,
        String equation, FigureSpec actualFitted, FigureSpec residuals) {

    public List<ResultTable> tables() {
        return List.of(coefficients, fit, diagnostics);
    }
}
