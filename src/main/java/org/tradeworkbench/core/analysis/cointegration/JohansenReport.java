package org.tradeworkbench.core.analysis.cointegration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;

/**
 * A Johansen test: eigenvalues, trace and maximum-eigenvalue statistics for H0 rank &le; r (r = 0 first) with
 * their critical values, the rank chosen by the trace test at 5%, and the VECM at every rank.
 *
 * <p>For VAR/VECM work: {@link #rank()}, {@link #beta()}, {@link #alpha()} and {@link #gamma()} give the
 * estimates at the chosen rank; {@link #estimates(int)} at any rank 0..n.
 *
 * @param nobs          T, the observations of the VECM (sample minus K + 1)
 * @param eigenvectors  {@code eigenvectors[row][j]}: the j-th eigenvector, divided by its first element (as urca
 *                      prints them), rows as {@link #betaRows()}
 */
public record JohansenReport(JohansenSpec spec, List<String> variables, int nobs, String sampleFirst,
                             String sampleLast, double[] eigenvalues, double[] trace, double[] maxEigen,
                             double[][] traceCriticalValues, double[][] maxEigenCriticalValues, int rank,
                             double[][] eigenvectors, List<String> betaRows, List<VecmEstimates> byRank)
        implements Report {

    static final String P_SOURCE = "Doornik (1998) gamma approximation, as gretl";

    public JohansenReport {
        variables = List.copyOf(variables);
        betaRows = List.copyOf(betaRows);
        byRank = List.copyOf(byRank);
    }

    /** The VECM at cointegrating rank {@code r} (0..n). */
    public VecmEstimates estimates(int r) {
        if (r < 0 || r >= byRank.size()) {
            throw new IllegalArgumentException("the rank must be 0.." + (byRank.size() - 1) + ", got " + r);
        }
        return byRank.get(r);
    }

    /** The VECM at the rank chosen by the trace test at 5%. */
    public VecmEstimates chosen() {
        return estimates(rank);
    }

    /** beta at the chosen rank: (n or n+1) x r, first r rows the identity. */
    public double[][] beta() {
        return chosen().beta();
    }

    /** alpha at the chosen rank: n x r. */
    public double[][] alpha() {
        return chosen().alpha();
    }

    /** Gamma_1..Gamma_K at the chosen rank. */
    public List<double[][]> gamma() {
        return chosen().gamma();
    }

    /**
     * The degrees of freedom of the trace p-values corrected for the sample size: T minus the parameters per
     * equation of the unrestricted VECM (lagged differences, unrestricted terms, levels and restricted term), as
     * PcGive and gretl count them.
     */
    public int pValueDf() {
        int n = variables.size();
        return nobs - (n * spec.lags() + spec.deterministic().unrestrictedTermCount() + betaRows.size());
    }

    /** Asymptotic p-values of the trace statistics (Doornik's gamma approximation), rank 0 first. */
    public double[] tracePValues() {
        double[] p = new double[trace.length];
        for (int r = 0; r < p.length; r++) {
            p[r] = JohansenPValues.trace(trace[r], spec.deterministic(), trace.length - r);
        }
        return p;
    }

    /** Trace p-values corrected for the sample size ({@link #pValueDf()}), rank 0 first; empty when df < 1. */
    public double[] tracePValuesCorrected() {
        if (pValueDf() < 1) {
            return new double[0];
        }
        double[] p = new double[trace.length];
        for (int r = 0; r < p.length; r++) {
            p[r] = JohansenPValues.traceCorrected(trace[r], spec.deterministic(), trace.length - r, pValueDf());
        }
        return p;
    }

    /** Asymptotic p-values of the maximum-eigenvalue statistics, rank 0 first. */
    public double[] maxEigenPValues() {
        double[] p = new double[maxEigen.length];
        for (int r = 0; r < p.length; r++) {
            p[r] = JohansenPValues.maxEigen(maxEigen[r], spec.deterministic(), maxEigen.length - r);
        }
        return p;
    }

    public int variableCount() {
        return variables.size();
    }

    @Override
    public String title() {
        return "Johansen test: " + String.join(", ", variables);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eigenvalues", list(eigenvalues));
        m.put("trace", list(trace));
        m.put("max_eigen", list(maxEigen));
        m.put("trace_critical_values", cvs(traceCriticalValues));
        m.put("max_eigen_critical_values", cvs(maxEigenCriticalValues));
        m.put("trace_p_values", list(tracePValues()));
        m.put("max_eigen_p_values", list(maxEigenPValues()));
        double[] corrected = tracePValuesCorrected();
        m.put("trace_p_values_corrected", corrected.length == 0 ? null : list(corrected));
        m.put("p_value_df", pValueDf());
        m.put("p_values_source", P_SOURCE);
        m.put("rank", rank);
        m.put("variables", variables);
        m.put("lags", spec.lags());
        m.put("case", spec.deterministic().code());
        m.put("nobs", nobs);
        m.put("sample_start", sampleFirst);
        m.put("sample_end", sampleLast);
        m.put("critical_values_source", JohansenCriticalValues.source(spec.deterministic()));
        m.put("beta_rows", betaRows);
        m.put("beta", matrix(beta()));
        m.put("alpha", matrix(alpha()));
        return m;
    }

    private static List<Object> list(double[] v) {
        List<Object> l = new ArrayList<>();
        for (double d : v) {
            l.add(d);
        }
        return l;
    }

    private static List<Object> matrix(double[][] a) {
        List<Object> l = new ArrayList<>();
        for (double[] row : a) {
            l.add(list(row));
        }
        return l;
    }

    private static List<Object> cvs(double[][] c) {
        List<Object> l = new ArrayList<>();
        for (double[] row : c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("10%", row[0]);
            m.put("5%", row[1]);
            m.put("1%", row[2]);
            l.add(m);
        }
        return l;
    }

    @Override
    public List<ResultTable> tables() {
        int n = variables.size();
        ResultTable.Builder t = ResultTable.builder("Johansen cointegration test: " + String.join(", ", variables),
                "H0: rank <=", "eigenvalue", "trace", "p", "p (T-corrected)", "trace 5% cv", "trace 1% cv",
                "max-eigen", "p", "max 5% cv", "max 1% cv");
        double[] tp = tracePValues();
        double[] tc = tracePValuesCorrected();
        double[] mp = maxEigenPValues();
        for (int r = 0; r < n; r++) {
            t.row(Cell.integer(r), Cell.number(eigenvalues[r], 6), Cell.number(trace[r], 4), Cell.pValue(tp[r]),
                    tc.length == 0 ? Cell.text("–") : Cell.pValue(tc[r]),
                    Cell.number(traceCriticalValues[r][1], 4), Cell.number(traceCriticalValues[r][2], 4),
                    Cell.number(maxEigen[r], 4), Cell.pValue(mp[r]), Cell.number(maxEigenCriticalValues[r][1], 4),
                    Cell.number(maxEigenCriticalValues[r][2], 4));
        }
        t.note("Case " + spec.deterministic().number() + ": " + spec.deterministic().description() + "; "
                + spec.lags() + " lagged difference" + (spec.lags() == 1 ? "" : "s") + " (VAR order "
                + (spec.lags() + 1) + " in levels).");
        t.note("Sample " + sampleFirst + " .. " + sampleLast + ", " + nobs + " observations.");
        t.note("Rank chosen by the trace test at 5%: " + rank + ". Critical values: "
                + JohansenCriticalValues.source(spec.deterministic()) + ". p-values: " + P_SOURCE
                + (tc.length == 0 ? "" : "; T-corrected with df = " + pValueDf()) + ".");
        List<ResultTable> out = new ArrayList<>();
        out.add(t.build());
        out.add(vectorTable());
        if (rank > 0) {
            out.add(matrixTable("Cointegrating vectors beta (rank " + rank + ", normalised)", betaRows, beta(),
                    "beta"));
            out.add(matrixTable("Adjustment coefficients alpha (rank " + rank + ")", variables, alpha(), "alpha"));
        }
        return out;
    }

    private ResultTable vectorTable() {
        int n = variables.size();
        String[] cols = new String[n + 1];
        cols[0] = "";
        for (int j = 0; j < n; j++) {
            cols[j + 1] = "v" + (j + 1);
        }
        ResultTable.Builder b = ResultTable.builder("Eigenvectors (each divided by its first element)", cols);
        for (int i = 0; i < betaRows.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(betaRows.get(i)));
            for (int j = 0; j < n; j++) {
                row.add(Cell.number(eigenvectors[i][j], 6));
            }
            b.row(row);
        }
        return b.build();
    }

    private static ResultTable matrixTable(String title, List<String> rowNames, double[][] m, String prefix) {
        int c = m.length == 0 ? 0 : m[0].length;
        String[] cols = new String[c + 1];
        cols[0] = "";
        for (int j = 0; j < c; j++) {
            cols[j + 1] = prefix + (j + 1);
        }
        ResultTable.Builder b = ResultTable.builder(title, cols);
        for (int i = 0; i < rowNames.size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(rowNames.get(i)));
            for (int j = 0; j < c; j++) {
                row.add(Cell.number(m[i][j], 6));
            }
            b.row(row);
        }
        return b.build();
    }
}
