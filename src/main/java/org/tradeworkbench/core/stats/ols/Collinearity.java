package org.tradeworkbench.core.stats.ols;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * How nearly collinear the regressors are: the variance inflation factor of each regressor, 1 / (1 - R_j^2) with
 * R_j^2 from regressing it on the other columns of the design (centred with a constant in the model, uncentred
 * without, as statsmodels' {@code variance_inflation_factor} on the model's exog), and the condition number of
 * the design, its largest over its smallest singular value, unscaled (statsmodels {@code condition_number}, R
 * {@code kappa(X, exact = TRUE)}).
 *
 * @param names           the regressors (the constant left out)
 * @param vif             their variance inflation factors
 * @param conditionNumber of the design matrix, constant included
 */
public record Collinearity(List<String> names, List<Double> vif, double conditionNumber) {

    public Collinearity {
        names = List.copyOf(names);
        vif = List.copyOf(vif);
    }

    static Collinearity of(DesignMatrix x, boolean hasConstant) {
        List<String> names = new ArrayList<>();
        List<Double> vif = new ArrayList<>();
        for (int j = 0; j < x.cols(); j++) {
            if (x.name(j).equals(Ols.CONSTANT)) {
                continue;
            }
            names.add(x.name(j));
            vif.add(x.cols() - (hasConstant ? 1 : 0) < 2 ? 1.0 : vif(x, j, hasConstant));
        }
        return new Collinearity(names, vif, conditionNumber(x));
    }

    private static double vif(DesignMatrix x, int j, boolean centred) {
        List<String> on = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (int c = 0; c < x.cols(); c++) {
            if (c != j) {
                on.add(x.name(c));
                cols.add(x.column(c));
            }
        }
        double[] v = x.column(j);
        LeastSquaresFit f = LeastSquares.fitIndependentColumns(DesignMatrix.ofColumns(on, cols), v);
        double total = 0;
        double mean = 0;
        if (centred) {
            for (double a : v) {
                mean += a;
            }
            mean /= v.length;
        }
        for (double a : v) {
            total += (a - mean) * (a - mean);
        }
        // 1 / (1 - R^2) = total / SSR.
        return total / f.ssr();
    }

    /** Singular values by one-sided Jacobi rotations (accurate for an ill-conditioned design). */
    static double conditionNumber(DesignMatrix x) {
        int n = x.rows();
        int k = x.cols();
        double[][] a = new double[k][];
        for (int j = 0; j < k; j++) {
            a[j] = x.column(j).clone();
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < n; i++) {
                        alpha += a[p][i] * a[p][i];
                        beta += a[q][i] * a[q][i];
                        gamma += a[p][i] * a[q][i];
                    }
                    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta == 0 ? 1 : zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    for (int i = 0; i < n; i++) {
                        double u = a[p][i];
                        double w = a[q][i];
                        a[p][i] = c * u - s * w;
                        a[q][i] = s * u + c * w;
                    }
                }
            }
            if (off <= 1e-15) {
                break;
            }
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += a[j][i] * a[j][i];
            }
            norm = Math.sqrt(norm);
            max = Math.max(max, norm);
            min = Math.min(min, norm);
        }
        return max / min;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            v.put(names.get(i), vif.get(i));
        }
        m.put("vif", v);
        m.put("condition_number", conditionNumber);
        return m;
    }

    ResultTable table() {
        ResultTable.Builder b = ResultTable.builder("Collinearity", "Variable", "VIF");
        for (int i = 0; i < names.size(); i++) {
            b.row(Cell.text(names.get(i)), Cell.number(vif.get(i), 3));
        }
        b.note("Condition number of the regressors (largest over smallest singular value, unscaled): "
                + NumberFormats.fixed(conditionNumber, 1) + ". VIF = 1 / (1 - R^2) of each regressor on the others;"
                + " above 10 is commonly read as strong collinearity.");
        return b.build();
    }
}
