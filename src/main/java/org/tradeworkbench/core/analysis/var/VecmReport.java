package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.analysis.cointegration.JohansenReport;
import org.tradeworkbench.core.analysis.cointegration.VecmEstimates;
import org.tradeworkbench.core.analysis.cointegration.WeakExogeneityResult;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * A VECM: {@code d(y)_t = alpha beta' z_t + sum Gamma_i d(y)_{t-i} + ... + e_t} at rank r, with the VAR in levels
 * it implies, {@code A_1 = I + Pi + Gamma_1}, {@code A_i = Gamma_i - Gamma_{i-1}}, {@code A_p = -Gamma_{p-1}}
 * (Pi's columns for the variables only), the weak-exogeneity tests and the short-run causality tests (or why
 * they could not be run: {@code shortRunProblem}, null when they were).
 */
public record VecmReport(VecmSpec spec, JohansenReport johansen, VecmEstimates estimates,
        List<VecmShortRunCausality.Pair> shortRun, String shortRunProblem) implements Report {

    public VecmReport {
        shortRun = List.copyOf(shortRun);
    }

    public List<String> variables() {
        return johansen.variables();
    }

    public int rank() {
        return estimates.rank();
    }

    @Override
    public String title() {
        return "VECM, rank " + rank();
    }

    /** {@code A_l[i][j]} of the VAR in levels, l = 1..p. */
    public double[][] levelsCoefficients(int lag) {
        int n = variables().size();
        int p = spec.lags();
        double[][] pi = estimates.pi();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double g = lag <= p - 1 ? estimates.gamma().get(lag - 1)[i][j] : 0;
                double prev = lag >= 2 ? estimates.gamma().get(lag - 2)[i][j] : 0;
                a[i][j] = lag == 1 ? (i == j ? 1 : 0) + pi[i][j] + g : g - prev;
            }
        }
        return a;
    }

    private ResultTable matrix(String title, String corner, List<String> rows, List<String> cols, double[][] m,
            String note) {
        List<String> head = new ArrayList<>();
        head.add(corner);
        head.addAll(cols);
        ResultTable.Builder b = ResultTable.builder(title, head.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(rows.get(i)));
            for (int j = 0; j < cols.size(); j++) {
                row.add(Cell.number(m[i][j], 6));
            }
            b.row(row);
        }
        if (note != null) {
            b.note(note);
        }
        return b.build();
    }

    private List<String> relations() {
        List<String> out = new ArrayList<>();
        for (int c = 1; c <= rank(); c++) {
            out.add("relation " + c);
        }
        return out;
    }

    @Override
    public List<ResultTable> tables() {
        List<ResultTable> out = new ArrayList<>();
        String sample = johansen.nobs() + " observations " + johansen.sampleFirst() + "–" + johansen.sampleLast()
                + "; " + spec.deterministic().description() + "; VAR order " + spec.lags() + " ("
                + (spec.lags() - 1) + " lagged differences).";
        out.add(ResultTable.builder(title(), "Item", "Value")
                .row(Cell.text("Cointegrating rank"), Cell.integer(rank()))
                .row(Cell.text("Rank chosen by"), Cell.text(spec.rank() == null ? "trace test at 5%" : "the user"))
                .row(Cell.text("Trace test's rank at 5%"), Cell.integer(johansen.rank()))
                .note(sample).build());
        if (rank() > 0) {
            out.add(matrix("Cointegrating vectors (beta)", "", estimates.betaRows(), relations(), estimates.beta(),
                    "Normalised so that the first " + rank() + " rows are the identity."));
            out.add(matrix("Adjustment coefficients (alpha)", "Equation", variables(), relations(), estimates.alpha(),
                    null));
        }
        if (!estimates.weakExogeneity().isEmpty()) {
            ResultTable.Builder w = ResultTable.builder("Weak exogeneity (no long-run causality into the variable)",
                    "Variable", "LR statistic", "df", "p-value");
            for (WeakExogeneityResult t : estimates.weakExogeneity()) {
                w.row(Cell.text(t.variable()), Cell.number(t.statistic(), 4), Cell.integer(t.df()),
                        Cell.pValue(t.pValue()));
            }
            w.note("H0: the variable's row of alpha is zero, so it does not adjust to the " + rank()
                    + " cointegrating relation" + (rank() == 1 ? "" : "s") + "; likelihood ratio, chi-square with "
                    + rank() + " df (Johansen 1995, Theorem 8.1; R urca's alrtest).");
            out.add(w.build());
        }
        if (!shortRun.isEmpty() || shortRunProblem != null) {
            ResultTable.Builder g = ResultTable.builder("Short-run Granger causality in the VECM",
                    "Null hypothesis", "F", "df", "p-value");
            for (VecmShortRunCausality.Pair t : shortRun) {
                g.row(Cell.text(t.causing() + " does not Granger-cause " + t.caused()), Cell.number(t.f(), 4),
                        Cell.text(t.df() + ", " + t.dfDenom()), Cell.pValue(t.pValue()));
            }
            g.note(shortRunProblem != null ? "Not computed: " + shortRunProblem
                    : "Wald test of the causing variable's first " + spec.lags() + " lags in a VAR(" + (spec.lags() + 1)
                    + ") in levels (one lag more than the VECM's order), F form with the ML covariance, as "
                    + "statsmodels' VECMResults.test_granger_causality (Lütkepohl 2005, 7.6.3).");
            out.add(g.build());
        }
        for (int l = 0; l < estimates.gamma().size(); l++) {
            List<String> cols = new ArrayList<>();
            for (String v : variables()) {
                cols.add("d(" + v + ")(-" + (l + 1) + ")");
            }
            out.add(matrix("Short-run coefficients (Gamma " + (l + 1) + ")", "Equation", variables(), cols,
                    estimates.gamma().get(l), null));
        }
        for (int l = 1; l <= spec.lags(); l++) {
            List<String> cols = new ArrayList<>();
            for (String v : variables()) {
                cols.add(v + "(-" + l + ")");
            }
            out.add(matrix("Implied VAR in levels (A " + l + ")", "Equation", variables(), cols, levelsCoefficients(l),
                    null));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variables", variables());
        m.put("lags", spec.lags());
        m.put("case", spec.deterministic().number());
        m.put("rank", rank());
        m.put("trace_rank", johansen.rank());
        m.put("nobs", johansen.nobs());
        m.put("beta_rows", estimates.betaRows());
        m.put("beta", Finite.lists(estimates.beta()));
        m.put("alpha", Finite.lists(estimates.alpha()));
        List<Object> g = new ArrayList<>();
        for (double[][] x : estimates.gamma()) {
            g.add(Finite.lists(x));
        }
        m.put("gamma", g);
        List<Object> a = new ArrayList<>();
        for (int l = 1; l <= spec.lags(); l++) {
            a.add(Finite.lists(levelsCoefficients(l)));
        }
        m.put("var_levels", a);
        m.put("sigma_u_ml", Finite.lists(estimates.residualCovariance()));
        List<Object> w = new ArrayList<>();
        for (WeakExogeneityResult t : estimates.weakExogeneity()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("variable", t.variable());
            e.put("statistic", t.statistic());
            e.put("df", t.df());
            e.put("p_value", t.pValue());
            w.add(e);
        }
        m.put("weak_exogeneity", w);
        List<Object> sr = new ArrayList<>();
        for (VecmShortRunCausality.Pair t : shortRun) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("causing", t.causing());
            e.put("caused", t.caused());
            e.put("f", t.f());
            e.put("df", List.of(t.df(), t.dfDenom()));
            e.put("p_value", t.pValue());
            sr.add(e);
        }
        m.put("short_run_causality", sr);
        m.put("short_run_problem", shortRunProblem);
        return m;
    }
}
