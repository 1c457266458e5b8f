package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Information criteria for VAR orders p = pMin..maxLags, as statsmodels' {@code VAR.select_order}: every order is
 * fitted on the same last {@code n - maxLags} observations; pMin is 0 unless the VAR has no deterministic or
 * exogenous terms (then 1). The selected order is the first minimum of each criterion.
 *
 * @param rows {AIC, BIC, HQ, FPE} per order, the first for pMin
 */
public record LagOrderTable(int pMin, int nobs, List<double[]> rows) {

    public static final String[] CRITERIA = {"AIC", "BIC", "HQ", "FPE"};

    public static LagOrderTable compute(VarData d, int maxLags, VarTrend trend, ProgressReporter progress) {
        int det = trend.terms() + d.exogNames().size();
        int max = VarFit.maxEstimableLags(d.size(), d.k(), det);
        if (maxLags < 1) {
            throw new DataException("the maximum lag order must be at least 1, got " + maxLags);
        }
        if (maxLags > max) {
            throw new DataException("maximum lag order " + maxLags + " is too large for " + d.size()
                    + " observations of " + d.k() + " variables (" + d.labels()[0] + "–" + d.labels()[d.size() - 1]
                    + "): the largest VAR must leave a residual degree of freedom, so at most " + max);
        }
        int pMin = det > 0 ? 0 : 1;
        List<double[]> rows = new ArrayList<>();
        for (int p = pMin; p <= maxLags; p++) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            VarFit f = VarFit.estimate(d, p, trend, maxLags - p);
            rows.add(f.informationCriteria());
            progress.progress((p - pMin + 1.0) / (maxLags - pMin + 1));
        }
        return new LagOrderTable(pMin, d.size() - maxLags, List.copyOf(rows));
    }

    /** The order criterion {@code c} (0 AIC, 1 BIC, 2 HQ, 3 FPE) selects. */
    public int selected(int c) {
        int best = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i)[c] < rows.get(best)[c]) {
                best = i;
            }
        }
        return best + pMin;
    }

    public int maxLags() {
        return pMin + rows.size() - 1;
    }
}
