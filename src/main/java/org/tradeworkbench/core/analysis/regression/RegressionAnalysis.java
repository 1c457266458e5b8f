package org.tradeworkbench.core.analysis.regression;

import org.tradeworkbench.core.stats.ols.WaldResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradeworkbench.core.analysis.Analysis;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * Least squares of a dependent variable on lags of itself and on regressors with their lags, with fit statistics
 * and diagnostics, the fitted equation and the charts of the fit: the Regression tab and the {@code ols} command.
 */
public final class RegressionAnalysis implements Analysis<RegressionSpec, RegressionReport> {
    public static final String KIND = "regression";
    /** Residuals are drawn as bars up to this many observations, as a line beyond. */
    static final int MAX_BARS = 60;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<RegressionSpec> specType() {
        return RegressionSpec.class;
    }

    /** Fits {@code spec} on {@code data}, already cut to the sample. */
    @Override
    public RegressionReport run(RegressionSpec spec, Dataset data, ProgressReporter progress) {
        if (spec.dependent().isBlank()) {
            throw new DataException("choose the dependent variable");
        }
        progress.message("OLS: " + spec.dependent().trim());
        OlsResult r = Ols.fit(data, spec.dependent(), spec.terms(), spec.options());
        // A Chow break outside the sample (or too near its ends) is refused here, not shown as a missing row.
        r.diagnostics();
        WaldResult wald = null;
        String waldProblem = null;
        try {
            wald = spec.wald() == null ? null : WaldResult.of(r, spec.wald());
        } catch (IllegalArgumentException | DataException e) {
            // The model stands; only the test is refused (the tab shows why while the user is typing).
            waldProblem = e.getMessage();
        }
        org.tradeworkbench.core.stats.ols.QlrResult qlr = spec.qlrTrimming() > 0
                ? org.tradeworkbench.core.stats.ols.QlrResult.of(r, spec.qlrTrimming()) : null;
        org.tradeworkbench.core.stats.ols.CusumResult cusum = spec.cusum()
                ? org.tradeworkbench.core.stats.ols.CusumResult.of(r) : null;
        org.tradeworkbench.core.stats.ols.CusumSquaresResult squares = spec.cusumSquares()
                ? org.tradeworkbench.core.stats.ols.CusumSquaresResult.of(r) : null;
        org.tradeworkbench.core.stats.ols.RecursiveCoefficients recursive = spec.recursiveCoefficients()
                ? org.tradeworkbench.core.stats.ols.RecursiveCoefficients.of(r) : null;
        return new RegressionReport(spec, r, paperEquation(r), actualFitted(data, r), residuals(data, r), wald,
                waldProblem, qlr, cusum, cusum == null ? null : cusumChart(data, r, cusum), squares,
                squares == null ? null : cusumSquaresChart(data, r, squares), recursive,
                recursive == null ? List.of() : recursiveCharts(data, r, recursive));
    }

    /**
     * The fitted equation as the paper prints its equation (2): coefficients to three significant digits and lags
     * as subscripts, e.g. {@code lny = 0.77 lny₋₁ - 1.24 RATIO + 0.94 PATENT + 0.007 FDIGDP}.
     */
    static String paperEquation(OlsResult r) {
        return subscriptLags(r.equation(3));
    }

    /**
     * The fitted equation as the Regression tab shows it above the coefficient table: each coefficient with the
     * digits the table shows at {@code fixedDecimals} (negative: the table's general format), lags as subscripts.
     */
    public static String equationAsInTable(OlsResult r, int fixedDecimals) {
        return subscriptLags(r.tableEquation(fixedDecimals));
    }

    static String subscriptLags(String text) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(-(\\d+)\\)").matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append('\u208b');
            for (char c : m.group(1).toCharArray()) {
                sb.append((char) ('\u2080' + (c - '0')));
            }
            last = m.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    /** The span of rows from the first to the last observation used; dropped rows in between stay missing. */
    private static int[] span(OlsResult r) {
        int[] rows = r.sample().rows();
        return new int[] {rows[0], rows[rows.length - 1]};
    }

    private static List<String> labels(TimeIndex idx, int first, int last) {
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(idx.label(i));
        }
        return out;
    }

    private static double[] positions(TimeIndex idx, int first, int last) {
        double[] x = new double[last - first + 1];
        for (int i = first; i <= last; i++) {
            x[i - first] = idx.frequency().isDated() ? idx.period(i).toYearFraction() : i + 1;
        }
        return x;
    }

    /** Values in sample order spread over the span, missing where a row was dropped. */
    private static double[] spread(OlsResult r, int first, int last, double[] values) {
        double[] out = new double[last - first + 1];
        Arrays.fill(out, Double.NaN);
        int[] rows = r.sample().rows();
        for (int i = 0; i < rows.length; i++) {
            out[rows[i] - first] = values[i];
        }
        return out;
    }

    private static String sampleText(OlsResult r) {
        String[] l = r.sample().labels();
        return l[0] + "–" + l[l.length - 1] + ", " + r.nobs() + " observations";
    }

    private static String xLabel(TimeIndex idx) {
        return idx.frequency().isDated() ? "Period" : "Observation";
    }

    static FigureSpec actualFitted(Dataset data, OlsResult r) {
        TimeIndex idx = data.index();
        int[] s = span(r);
        List<String> periods = labels(idx, s[0], s[1]);
        double[] x = positions(idx, s[0], s[1]);
        String dep = r.dependent();
        List<FigureSeries> series = List.of(
                new FigureSeries(dep, "Actual " + dep, periods, x, spread(r, s[0], s[1], r.dependentValues())),
                new FigureSeries("fitted", "Fitted", periods, x, spread(r, s[0], s[1], r.fitted())));
        return new FigureSpec("ols", "actual and fitted " + dep, "Actual and fitted values of " + dep,
                "OLS, " + sampleText(r), xLabel(idx), dep, "", FigureKind.LINE, series, note(r), null);
    }

    static FigureSpec residuals(Dataset data, OlsResult r) {
        TimeIndex idx = data.index();
        int[] s = span(r);
        List<String> periods = labels(idx, s[0], s[1]);
        double[] x = positions(idx, s[0], s[1]);
        String dep = r.dependent();
        List<FigureSeries> series = List.of(new FigureSeries("residual", "Residual", periods, x,
                spread(r, s[0], s[1], r.residuals())));
        return new FigureSpec("ols", "residuals " + dep, "Residuals of the regression of " + dep,
                "OLS, " + sampleText(r), xLabel(idx), "Residual", "",
                r.nobs() <= MAX_BARS ? FigureKind.BAR : FigureKind.LINE, series, note(r), null);
    }

    static FigureSpec cusumChart(Dataset data, OlsResult r, org.tradeworkbench.core.stats.ols.CusumResult c) {
        TimeIndex idx = data.index();
        int[] rows = r.sample().rows();
        int m = c.cusum().length;
        int k = rows.length - m;
        double[] x = new double[m];
        double[] lower = new double[m];
        for (int i = 0; i < m; i++) {
            int row = rows[k + i];
            x[i] = idx.frequency().isDated() ? idx.period(row).toYearFraction() : row + 1;
            lower[i] = -c.bound()[i];
        }
        List<String> periods = c.periods();
        String dep = r.dependent();
        List<FigureSeries> series = List.of(
                new FigureSeries("cusum", "CUSUM", periods, x, c.cusum().clone()),
                new FigureSeries("upper", "Upper 5% bound", periods, x, c.bound().clone()),
                new FigureSeries("lower", "Lower 5% bound", periods, x, lower));
        return new FigureSpec("ols", "cusum " + dep, "CUSUM of the recursive residuals of " + dep,
                "OLS, " + sampleText(r), xLabel(idx), "CUSUM", "", FigureKind.LINE, series,
                "Brown, Durbin and Evans (1975) 5% bounds.", null);
    }

    /** The positions of the recursive periods t = k + 1 … n on the time axis. */
    private static double[] recursivePositions(Dataset data, OlsResult r, int m) {
        TimeIndex idx = data.index();
        int[] rows = r.sample().rows();
        int k = rows.length - m;
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            int row = rows[k + i];
            x[i] = idx.frequency().isDated() ? idx.period(row).toYearFraction() : row + 1;
        }
        return x;
    }

    static FigureSpec cusumSquaresChart(Dataset data, OlsResult r, org.tradeworkbench.core.stats.ols.CusumSquaresResult c) {
        int m = c.squares().length;
        double[] x = recursivePositions(data, r, m);
        double[] lower = new double[m];
        double[] upper = new double[m];
        for (int i = 0; i < m; i++) {
            lower[i] = c.lower(i);
            upper[i] = c.upper(i);
        }
        List<String> periods = c.periods();
        String dep = r.dependent();
        List<FigureSeries> series = List.of(
                new FigureSeries("cusum_squares", "CUSUM of squares", periods, x, c.squares().clone()),
                new FigureSeries("upper", "Upper 5% bound", periods, x, upper),
                new FigureSeries("lower", "Lower 5% bound", periods, x, lower));
        String crossing = c.firstCrossing();
        return new FigureSpec("ols", "cusum of squares " + dep, "CUSUM of squares of the recursive residuals of " + dep,
                "OLS, " + sampleText(r), xLabel(data.index()), "CUSUM of squares", "", FigureKind.LINE, series,
                "Brown, Durbin and Evans (1975); 5% bounds (t - k)/(n - k) ± " + org.tradeworkbench.core.report.NumberFormats.fixed(
                        c.critical(), 4) + " (Edgerton and Wells 1994). "
                        + (crossing == null ? "Inside the bounds throughout." : "Outside the bounds from " + crossing
                        + "."), null);
    }

    /** One chart per coefficient: its estimate on the first t observations with ±2 standard errors. */
    static List<FigureSpec> recursiveCharts(Dataset data, OlsResult r,
            org.tradeworkbench.core.stats.ols.RecursiveCoefficients c) {
        int m = c.periods().size();
        double[] x = recursivePositions(data, r, m);
        List<FigureSpec> out = new ArrayList<>();
        for (int j = 0; j < c.names().size(); j++) {
            double[] up = new double[m];
            double[] down = new double[m];
            for (int i = 0; i < m; i++) {
                up[i] = c.estimates()[j][i] + 2 * c.standardErrors()[j][i];
                down[i] = c.estimates()[j][i] - 2 * c.standardErrors()[j][i];
            }
            String name = c.names().get(j);
            List<FigureSeries> series = List.of(
                    new FigureSeries("estimate", "Recursive " + name, c.periods(), x, c.estimates()[j].clone()),
                    new FigureSeries("upper", "+2 s.e.", c.periods(), x, up),
                    new FigureSeries("lower", "-2 s.e.", c.periods(), x, down));
            out.add(new FigureSpec("ols", "recursive " + name, "Recursive estimates of " + name + " (" + r.dependent()
                    + ")", "OLS on the observations up to each period, " + sampleText(r), xLabel(data.index()), name,
                    "", FigureKind.LINE, series, "Standard errors with the whole sample's s² = SSR/(n - k)"
                    + " (statsmodels RecursiveLS). The last point is the full-sample estimate.", null));
        }
        return out;
    }

    private static String note(OlsResult r) {
        String cov = r.covarianceText();
        return r.equation(3) + ". Standard errors: " + cov + "."
                + (r.sample().dropped() > 0 ? " " + r.sample().dropped() + " rows dropped for missing values." : "");
    }
}
