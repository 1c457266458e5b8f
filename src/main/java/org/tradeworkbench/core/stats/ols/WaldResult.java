package org.tradeworkbench.core.stats.ols;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * The Wald test of linear restrictions R b = r with the regression's own covariance (classical, HC or HAC):
 * W = (R b - r)' (R V R')^-1 (R b - r), reported as F = W / q on (q, n - k) degrees of freedom and as
 * chi-square(q), as R car's {@code linearHypothesis(fit, ..., vcov. = V, test = "F" / "Chisq")}.
 *
 * @param restrictions the restrictions tested
 * @param covariance   the covariance used, e.g. "HC1 heteroskedasticity-robust"
 */
public record WaldResult(WaldRestrictions restrictions, String covariance, double f, int df1, int df2, double fPValue,
                       double chiSquare, double chiSquarePValue) {

    public static WaldResult of(OlsResult fit, String text) {
        List<String> names = fit.coefficients().stream().map(Coefficient::name).toList();
        return of(fit, WaldRestrictions.parse(text, names));
    }

    /** The test of restrictions already in matrix form (one column of R per coefficient of {@code fit}). */
    public static WaldResult of(OlsResult fit, WaldRestrictions w) {
        double[] b = fit.coefficients().stream().mapToDouble(Coefficient::estimate).toArray();
        double[][] v = fit.covariance();
        int q = w.count();
        int k = b.length;
        double[] d = new double[q];
        double[][] rvr = new double[q][q];
        for (int i = 0; i < q; i++) {
            double s = -w.q()[i];
            for (int j = 0; j < k; j++) {
                s += w.r()[i][j] * b[j];
            }
            d[i] = s;
            for (int m = 0; m < q; m++) {
                double acc = 0;
                for (int a = 0; a < k; a++) {
                    if (w.r()[i][a] == 0) {
                        continue;
                    }
                    for (int c = 0; c < k; c++) {
                        acc += w.r()[i][a] * v[a][c] * w.r()[m][c];
                    }
                }
                rvr[i][m] = acc;
            }
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(rvr, false), 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            throw new DataException("Wald test of \"" + w.text() + "\": the restrictions are not independent (one is "
                    + "a combination of the others)");
        }
        double[] sol = lu.getSolver().solve(new ArrayRealVector(d)).toArray();
        double wald = 0;
        for (int i = 0; i < q; i++) {
            wald += d[i] * sol[i];
        }
        if (!Double.isFinite(wald) || wald < 0) {
            throw new DataException("Wald test of \"" + w.text() + "\": the covariance of the restricted "
                    + "combinations is not positive definite, so no statistic can be formed");
        }
        double f = wald / q;
        int df2 = fit.dfResid();
        return new WaldResult(w, fit.options().covariance().label(), f, q, df2, Distributions.fUpper(f, q, df2), wald,
                Distributions.chiSquareUpper(wald, q));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("restrictions", restrictions.text());
        m.put("f_statistic", f);
        m.put("df", List.of(df1, df2));
        m.put("p_value", fPValue);
        m.put("chi_square", chiSquare);
        m.put("chi_square_p_value", chiSquarePValue);
        m.put("covariance", covariance);
        return m;
    }

    public ResultTable table() {
        ResultTable.Builder t = ResultTable.builder("Wald test: " + restrictions.text(), "statistic", "value",
                "df", "p value");
        t.row(Cell.text("F"), Cell.number(f, 4), Cell.text(df1 + ", " + df2), Cell.pValue(fPValue));
        t.row(Cell.text("chi-square"), Cell.number(chiSquare, 4), Cell.integer(df1), Cell.pValue(chiSquarePValue));
        t.note("H0: " + restrictions.text() + ". Covariance: " + covariance + " (as the coefficient table).");
        return t.build();
    }
}
