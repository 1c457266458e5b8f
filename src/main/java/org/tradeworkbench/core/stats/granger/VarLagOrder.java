package org.tradeworkbench.core.stats.granger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.linalg.DesignMatrix;
import org.tradeworkbench.core.linalg.LeastSquares;
import org.tradeworkbench.core.linalg.LeastSquaresFit;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;

/**
 * Lag order selection for the two-variable VAR of a Granger test, as statsmodels'
 * {@code VAR(data).select_order(maxlags)} with a constant: every order 0..maxlags is fitted on the same
 * observations (the last n - maxlags), {@code ld = ln det(Sigma_ML)} with {@code Sigma_ML = U'U / T}, and
 * AIC = ld + 2m/T, BIC = ld + m ln T / T, HQ = ld + 2m ln ln T / T, FPE = ((T + k)/(T - k))^2 e^ld, where
 * m = 4p + 2 free parameters and k = 2p + 1 per equation.
 */
public final class VarLagOrder {
    private VarLagOrder() {
    }

    public static Result select(Dataset data, String first, String second, int maxLags) {
        // With presample values every order is fitted on the sample itself.
        Granger.Pair p = Granger.pair(data, second, first).keepPresample(maxLags);
        return select(p.effect(), p.effectValues(), p.cause(), p.causeValues(), maxLags);
    }

    /** Default maximum order of statsmodels: {@code round(12 (n/100)^(1/4))}, capped at what n allows. */
    public static int defaultMaxLags(int n) {
        int m = (int) Math.round(12 * Math.pow(n / 100.0, 0.25));
        return Math.min(m, maxEstimable(n));
    }

    private static int maxEstimable(int n) {
        return (n - 2 - 1) / 3;
    }

    public static Result select(String nameA, double[] a, String nameB, double[] b, int maxLags) {
        int n = a.length;
        if (maxLags < 1) {
            throw new DataException("the maximum lag order must be at least 1, got " + maxLags);
        }
        if (maxLags > maxEstimable(n)) {
            throw new DataException("maximum lag order " + maxLags + " is too large for " + n
                    + " observations (at most " + Math.max(0, maxEstimable(n)) + ")");
        }
        int t = n - maxLags;
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p <= maxLags; p++) {
            List<String> names = new ArrayList<>();
            List<double[]> cols = new ArrayList<>();
            double[] one = new double[t];
            java.util.Arrays.fill(one, 1.0);
            names.add("const");
            cols.add(one);
            for (int l = 1; l <= p; l++) {
                names.add(nameA + "(-" + l + ")");
                cols.add(java.util.Arrays.copyOfRange(a, maxLags - l, n - l));
                names.add(nameB + "(-" + l + ")");
                cols.add(java.util.Arrays.copyOfRange(b, maxLags - l, n - l));
            }
            DesignMatrix x = DesignMatrix.ofColumns(names, cols);
            LeastSquaresFit fa = LeastSquares.fit(x, java.util.Arrays.copyOfRange(a, maxLags, n));
            LeastSquaresFit fb = LeastSquares.fit(x, java.util.Arrays.copyOfRange(b, maxLags, n));
            double[] ua = fa.residuals();
            double[] ub = fb.residuals();
            double s11 = 0;
            double s22 = 0;
            double s12 = 0;
            for (int i = 0; i < t; i++) {
                s11 += ua[i] * ua[i];
                s22 += ub[i] * ub[i];
                s12 += ua[i] * ub[i];
            }
            s11 /= t;
            s22 /= t;
            s12 /= t;
            double ld = Math.log(s11 * s22 - s12 * s12);
            int k = 2 * p + 1;
            int free = 4 * p + 2;
            double aic = ld + 2.0 * free / t;
            double bic = ld + Math.log(t) * free / t;
            double hq = ld + 2.0 * Math.log(Math.log(t)) * free / t;
            double fpe = Math.pow((double) (t + k) / (t - k), 2) * Math.exp(ld);
            rows.add(new double[] {p, aic, bic, fpe, hq});
        }
        return new Result(nameA, nameB, t, List.copyOf(rows));
    }

    /** Rows {p, AIC, BIC, FPE, HQ} for p = 0..maxLags; T observations each. */
    public record Result(String first, String second, int nobs, List<double[]> rows) implements Report {

        public int selected(String criterion) {
            int col = switch (criterion) {
                case "aic" -> 1;
                case "bic" -> 2;
                case "fpe" -> 3;
                case "hqic" -> 4;
                default -> throw new IllegalArgumentException(criterion);
            };
            int best = 0;
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i)[col] < rows.get(best)[col]) {
                    best = i;
                }
            }
            return (int) rows.get(best)[0];
        }

        @Override
        public String title() {
            return "VAR lag order selection: " + first + ", " + second;
        }

        @Override
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variables", List.of(first, second));
            m.put("nobs", nobs);
            List<Map<String, Object>> list = new ArrayList<>();
            for (double[] r : rows) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("lags", (int) r[0]);
                e.put("aic", r[1]);
                e.put("bic", r[2]);
                e.put("fpe", r[3]);
                e.put("hqic", r[4]);
                list.add(e);
            }
            m.put("orders", list);
            Map<String, Object> sel = new LinkedHashMap<>();
            for (String c : List.of("aic", "bic", "hqic", "fpe")) {
                sel.put(c, selected(c));
            }
            m.put("selected", sel);
            return m;
        }

        @Override
        public List<ResultTable> tables() {
            ResultTable.Builder b = ResultTable.builder(title(), "Lags", "AIC", "BIC", "HQ", "FPE");
            for (double[] r : rows) {
                int p = (int) r[0];
                b.row(Cell.integer(p), mark(r[1], p == selected("aic")), mark(r[2], p == selected("bic")),
                        mark(r[4], p == selected("hqic")), Cell.text(org.tradeworkbench.core.report.NumberFormats
                                .general(r[3]) + (p == selected("fpe") ? "*" : "")));
            }
            b.note("* the order each criterion selects; all orders fitted on the same " + nobs + " observations");
            return List.of(b.build());
        }

        private static Cell mark(double v, boolean chosen) {
            return Cell.text(org.tradeworkbench.core.report.NumberFormats.fixed(v, 4) + (chosen ? "*" : ""));
        }
    }
}
