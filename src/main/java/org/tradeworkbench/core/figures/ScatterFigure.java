package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * A scatter plot of one or more Y variables against an X variable over the chosen periods: one point per period
 * where X and that Y both have a value (the others are left out and counted in the note), and optionally the OLS
 * line of each Y on a constant and X, with its equation as the Regression tab writes it.
 */
final class ScatterFigure {
    private ScatterFigure() {
    }

    /** Significant digits of the fitted equation, as the Regression tab and {@code ols} print it. */
    static final int EQUATION_DIGITS = 3;

    static FigureSpec build(Dataset d, FigureChoices c, int maxPeriods) {
        String x = c.xVariable();
        List<String> ys = c.variables().stream().filter(v -> !v.equals(x)).toList();
        String name = ys.isEmpty() || x == null ? "scatter" : GeneralFigure.listed(ys) + " against " + x;
        String title = c.title() != null ? c.title() : name;
        if (x == null) {
            return empty(name, title, new EmptyState("A scatter plot needs a variable on the X axis.",
                    List.of("an X variable"), "Choose the X variable (command line: --x NAME)."));
        }
        if (ys.isEmpty()) {
            return empty(name, title, new EmptyState("A scatter plot needs one or more variables on the Y axis besides "
                    + x + ".", List.of("one or more Y variables"),
                    "Tick the Y variables in the list (command line: --y a,b)."));
        }
        List<String> all = new ArrayList<>(ys);
        all.add(0, x);
        List<String> absent = all.stream().filter(v -> !d.has(v)).toList();
        if (!absent.isEmpty()) {
            return empty(name, title, new EmptyState("The data have no series named " + String.join(", ", absent)
                    + ".", absent, "Load data that have them, or choose among: " + String.join(", ", d.seriesNames())
                    + "."));
        }
        TimeIndex t = d.index();
        int[] rows = GeneralFigure.rows(d, c, all);
        if (rows == null) {
            return empty(name, title, GeneralFigure.noPeriods(c, t));
        }
        int first = rows[0];
        int last = rows[1];
        String range = t.label(first).equals(t.label(last)) ? t.label(first) : t.label(first) + "–" + t.label(last);
        double[] xs = d.get(x).values();
        List<Integer> kept = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            if (Double.isNaN(xs[r])) {
                continue;
            }
            for (String y : ys) {
                if (!Double.isNaN(d.get(y).values()[r])) {
                    kept.add(r);
                    break;
                }
            }
        }
        if (c.fromYear() == null && c.toYear() == null && !kept.isEmpty()) {
            // Without a chosen range, the span where pairs can be plotted.
            first = kept.get(0);
            last = kept.get(kept.size() - 1);
            range = t.label(first).equals(t.label(last)) ? t.label(first) : t.label(first) + "–" + t.label(last);
        }
        List<String> blank = new ArrayList<>();
        for (String v : all) {
            boolean any = false;
            for (int r = first; r <= last && !any; r++) {
                any = !Double.isNaN(d.get(v).values()[r]);
            }
            if (!any) {
                blank.add(v);
            }
        }
        if (!blank.isEmpty()) {
            return empty(name, title, new EmptyState(GeneralFigure.listed(blank) + (blank.size() == 1 ? " has" : " have")
                    + " no value in " + range + ", so there is nothing to plot.", List.of(),
                    "Choose other variables or another range."));
        }
        if (kept.size() > maxPeriods) {
            return empty(name, title, GeneralFigure.tooMany(kept.size(), maxPeriods));
        }
        List<String> periods = new ArrayList<>(kept.size());
        double[] xv = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            periods.add(t.label(kept.get(i)));
            xv[i] = xs[kept.get(i)];
        }
        List<FigureSeries> out = new ArrayList<>();
        List<FittedLine> fits = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> unfitted = new ArrayList<>();
        int periodsInRange = last - first + 1;
        for (String y : ys) {
            double[] all_ = d.get(y).values();
            double[] yv = new double[kept.size()];
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                yv[i] = all_[kept.get(i)];
                if (!Double.isNaN(yv[i])) {
                    px.add(xv[i]);
                    py.add(yv[i]);
                }
            }
            if (py.size() < 2) {
                return empty(name, title, new EmptyState(y + " and " + x + " have " + (py.isEmpty() ? "no period"
                        : "only one period (" + periods.get(firstPresent(yv)) + ")") + " with both values in " + range
                        + "; a scatter plot needs at least 2.", List.of(), "Choose another range or other variables."));
            }
            double x0 = px.get(0);
            if (px.stream().allMatch(v -> v == x0)) {
                return empty(name, title, new EmptyState(x + " is " + NumberFormats.general(x0) + " in every period "
                        + "where " + y + " has a value too (" + py.size() + " periods in " + range + "): a constant X "
                        + "spreads nothing out, and no line can be fitted.", List.of(), "Choose another X variable."));
            }
            if (periodsInRange > py.size()) {
                dropped.add(y + " " + (periodsInRange - py.size()) + " of " + periodsInRange);
            }
            out.add(new FigureSeries(y, y, periods, xv, yv));
            if (c.fitted()) {
                try {
                    fits.add(fit(y, x, px, py));
                } catch (DataException e) {
                    unfitted.add(y + ": " + e.getMessage());
                }
            }
        }
        List<double[]> yValues = out.stream().map(FigureSeries::y).toList();
        List<double[]> ends = new ArrayList<>();
        ends.add(xv);
        AxisScale xScale = AxisScale.covering(ends, 8, false);
        List<double[]> withFits = new ArrayList<>(yValues);
        for (FittedLine f : fits) {
            withFits.add(new double[] {f.at(f.xMin()), f.at(f.xMax())});
        }
        AxisScale yScale = AxisScale.covering(withFits, 6, false);
        String note = "Data: " + String.join("; ", all) + ", " + range + ". "
                + (dropped.isEmpty() ? "Every period has both values."
                        : "Periods without both values are left out: " + String.join("; ", dropped) + ".");
        if (!fits.isEmpty()) {
            note += " Dashed: OLS on a constant and " + x + ".";
        }
        if (!unfitted.isEmpty()) {
            note += " No line fitted to " + String.join("; ", unfitted) + ".";
        }
        String shownTitle = c.title() != null ? c.title() : name + ", " + range;
        String subtitle = c.subtitle() != null ? c.subtitle() : "";
        String yLabel = GeneralFigure.label(ys, null, "");
        ChartAxes axes = new ChartAxes(xScale, yScale, null, "", List.of());
        return new FigureSpec(GeneralFigure.ID, name, shownTitle, subtitle, GeneralFigure.label(List.of(x), null, ""),
                yLabel, "", FigureKind.SCATTER, out, note, null, axes, fits).withAxisLabel(c.axisLabel());
    }

    /** The OLS line of {@code y} on a constant and {@code x} through the complete pairs. */
    static FittedLine fit(String y, String x, List<Double> px, List<Double> py) {
        double[] xa = px.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ya = py.stream().mapToDouble(Double::doubleValue).toArray();
        OlsResult r = Ols.fit(y, ya, List.of(x), List.of(xa), OlsOptions.DEFAULT);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : xa) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new FittedLine(y, r.equation(EQUATION_DIGITS), r.coefficient(Ols.CONSTANT).estimate(),
                r.coefficient(x).estimate(), lo, hi, r.nobs(), r.rSquared());
    }

    private static int firstPresent(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                return i;
            }
        }
        return 0;
    }

    private static FigureSpec empty(String name, String title, EmptyState why) {
        return FigureSpec.empty(GeneralFigure.ID, name, title, FigureKind.SCATTER, why);
    }
}
