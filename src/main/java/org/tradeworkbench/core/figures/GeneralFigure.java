package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * A chart of any variables over time, at the data's own frequency (no yearly totals), as lines or grouped bars.
 * The year range selects the periods whose year lies in it; undated data are drawn by observation number.
 */
public final class GeneralFigure {
    private GeneralFigure() {
    }

    public static final String ID = "general";

    /** More periods than this are not drawn: the chart would be unreadable and slow to lay out. */
    public static final int MAX_PERIODS = 5000;

    public static FigureSpec build(Dataset d, FigureChoices c) {
        return build(d, c, MAX_PERIODS);
    }

    /**
     * As {@link #build(Dataset, FigureChoices)} with another limit on the periods drawn: the desktop app draws
     * lines of any length, thinned on screen to the visible range ({@code Integer.MAX_VALUE}).
     */
    public static FigureSpec build(Dataset d, FigureChoices c, int maxPeriods) {
        if (c.scatter()) {
            return ScatterFigure.build(d, c, Math.min(maxPeriods, MAX_PERIODS));
        }
        FigureKind kind = c.kind() != null ? c.kind() : FigureKind.LINE;
        List<String> vars = c.variables();
        String name = vars.isEmpty() ? "chart" : listed(vars);
        if (vars.isEmpty()) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : "Chart", kind,
                    new EmptyState("No variable is selected.", List.of("one or more variables"),
                            "Tick the variables to draw in the list (command line: --vars a,b)."));
        }
        List<String> absent = vars.stream().filter(v -> !d.has(v)).toList();
        if (!absent.isEmpty()) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name, kind,
                    new EmptyState("The data have no series named " + String.join(", ", absent) + ".", absent,
                            "Load data that have them, or choose among: " + String.join(", ", d.seriesNames())
                                    + "."));
        }
        TimeIndex t = d.index();
        int[] rows = rows(d, c, vars);
        if (rows == null) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name, kind, noPeriods(c, t));
        }
        int first = rows[0];
        int last = rows[1];
        if (last - first + 1 > maxPeriods) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name, kind, tooMany(last - first + 1,
                    maxPeriods));
        }
        // Labels made when asked for: a million-period chart needs a handful of them.
        List<String> periods = new PeriodLabels(t, first, last);
        double[] x = new double[last - first + 1];
        for (int r = first; r <= last; r++) {
            x[r - first] = t.period(r).toYearFraction();
        }
        Integer base = c.baseYear();
        if (base != null && !t.frequency().isDated()) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name, kind,
                    new EmptyState("An index needs dated data: these observations have no years.", List.of(),
                            "Untick the index, or load dated data."));
        }
        List<FigureSeries> out = new ArrayList<>();
        int present = 0;
        int total = 0;
        List<String> described = new ArrayList<>();
        for (String v : vars) {
            Series s = d.get(v);
            double[] y = java.util.Arrays.copyOfRange(s.values(), first, last + 1);
            if (base != null) {
                double level = baseLevel(s, t, base);
                if (!(level > 0)) {
                    return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name, kind,
                            new EmptyState(v + (Double.isNaN(level) ? " has no value in " + base
                                    : " is " + (level == 0 ? "zero" : "negative") + " on average in " + base)
                                    + ", so it cannot be an index with " + base + " = 100.", List.of(v),
                                    "Choose a base year where every variable drawn is positive."));
                }
                for (int i = 0; i < y.length; i++) {
                    y[i] = 100 * y[i] / level;
                }
            }
            FigureSeries fs = new FigureSeries(v, v, periods, x, y);
            present += fs.presentCount();
            total += fs.size();
            out.add(fs);
            String what = s.isGenerated() ? v + " = " + s.expression() : v;
            described.add(s.description().isBlank() ? what : what + " (" + s.description() + ")");
        }
        String range = periods.get(0).equals(periods.get(periods.size() - 1)) ? periods.get(0)
                : periods.get(0) + "–" + periods.get(periods.size() - 1);
        if (present == 0) {
            return FigureSpec.empty(ID, name, c.title() != null ? c.title() : name + ", " + range, kind,
                    new EmptyState(String.join(", ", vars) + " have no values in " + range + ".", List.of(),
                            "Choose other variables or another range."));
        }
        String note = "Data: " + String.join("; ", described) + "."
                + (present < total ? " " + (total - present) + " of " + total
                        + " points missing, left blank (not interpolated)." : "");
        List<String> blank = out.stream().filter(fs -> fs.presentCount() == 0).map(FigureSeries::name).toList();
        if (!blank.isEmpty()) {
            note += " " + listed(blank) + (blank.size() == 1 ? " has" : " have") + " no value in " + range + ".";
        }
        String indexed = base == null ? "" : ", index " + base + " = 100";
        String title = c.title() != null ? c.title() : name + ", " + range + indexed;
        String subtitle = c.subtitle() != null ? c.subtitle() : "";
        String xLabel = t.frequency().isDated() ? "Period" : "Observation";
        String yLabel = base != null ? "Index (" + base + " = 100)" : vars.size() == 1 ? vars.get(0) : "Value";
        if (base != null) {
            note += " Each series is divided by its mean over the periods of " + base + " and multiplied by 100.";
        }
        List<String> right = vars.stream().filter(c.rightAxis()::contains).toList();
        if (right.isEmpty()) {
            return new FigureSpec(ID, name, title, subtitle, xLabel, yLabel, base != null ? "" : unitOf(vars), kind,
                    out, note, null).withAxisLabel(c.axisLabel());
        }
        return twoAxes(c, name, title, subtitle, xLabel, base, kind, out, right, note, range);
    }

    /** The chart with {@code right} measured on a value axis of their own at the right. */
    private static FigureSpec twoAxes(FigureChoices c, String name, String title, String subtitle, String xLabel,
            Integer base, FigureKind kind, List<FigureSeries> out, List<String> right, String note, String range) {
        List<String> left = out.stream().map(FigureSeries::name).filter(v -> !right.contains(v)).toList();
        if (left.isEmpty()) {
            return FigureSpec.empty(ID, name, title, kind, new EmptyState("Every variable drawn (" + listed(right)
                    + ") is on the right axis, so the left axis would measure nothing.", List.of(),
                    "Leave at least one variable on the left axis."));
        }
        if (kind == FigureKind.BAR) {
            return FigureSpec.empty(ID, name, title, kind, new EmptyState("A second value axis (" + listed(right)
                    + " on the right) is drawn for lines only: bars of two scales side by side cannot be compared.",
                    List.of(), "Draw the chart as lines, or put every variable on one axis."));
        }
        List<double[]> leftValues = new ArrayList<>();
        List<double[]> rightValues = new ArrayList<>();
        for (FigureSeries fs : out) {
            (right.contains(fs.name()) ? rightValues : leftValues).add(fs.y());
        }
        AxisScale leftScale = AxisScale.covering(leftValues, 6, false);
        AxisScale rightScale = AxisScale.covering(rightValues, 6, false);
        if (leftScale == null || rightScale == null) {
            List<String> side = leftScale == null ? left : right;
            return FigureSpec.empty(ID, name, title, kind, new EmptyState("The " + (leftScale == null ? "left"
                    : "right") + " axis has nothing to measure: " + listed(side)
                    + (side.size() == 1 ? " has" : " have") + " no values in " + range + ".", List.of(),
                    "Choose other variables or another range, or move " + listed(side) + " to the other axis."));
        }
        String leftLabel = label(left, base, "");
        String rightLabel = c.rightLabel() != null ? c.rightLabel() : label(right, base, "");
        note += " " + listed(right) + (right.size() == 1 ? " is" : " are") + " measured on the right axis.";
        ChartAxes axes = new ChartAxes(null, leftScale, rightScale, rightLabel, right);
        FigureSpec spec = new FigureSpec(ID, name, title, subtitle, xLabel, leftLabel, "", kind, out, note, null, axes,
                List.of());
        return spec.withAxisLabel(c.axisLabel());
    }

    /** A value axis' label for {@code vars}: the one name or "Value" (or the index), with their common unit. */
    static String label(List<String> vars, Integer base, String fallback) {
        if (base != null) {
            return "Index (" + base + " = 100)";
        }
        String what = vars.size() == 1 ? vars.get(0) : fallback.isEmpty() ? "Value" : fallback;
        String unit = unitOf(vars);
        return unit.isEmpty() ? what : what + " (" + unit + ")";
    }

    /**
     * The rows drawn, {@code [first, last]}: the periods whose year lies in the chosen range, or without a range the
     * span where any of {@code vars} has a value; {@code null} when the range holds no period.
     */
    static int[] rows(Dataset d, FigureChoices c, List<String> vars) {
        TimeIndex t = d.index();
        int first = 0;
        int last = t.size() - 1;
        if (t.frequency().isDated()) {
            while (first <= last && c.fromYear() != null && t.period(first).year() < c.fromYear()) {
                first++;
            }
            while (last >= first && c.toYear() != null && t.period(last).year() > c.toYear()) {
                last--;
            }
        }
        if (c.fromYear() == null && c.toYear() == null) {
            // Without a chosen range, show the span where any chosen variable has a value.
            int[] span = span(d, vars);
            if (span != null) {
                first = span[0];
                last = span[1];
            }
        }
        return first > last ? null : new int[] {first, last};
    }

    static EmptyState noPeriods(FigureChoices c, TimeIndex t) {
        return new EmptyState("The year range " + c.fromYear() + "–" + c.toYear() + " holds no period of the data ("
                + t + ").", List.of(), "Widen the year range.");
    }

    static EmptyState tooMany(int periods, int maxPeriods) {
        return new EmptyState(periods + " periods are more than a chart can show legibly (at most " + maxPeriods
                + ").", List.of(), "Choose a shorter year range.");
    }

    /** The mean of the series over the periods of {@code year} that have a value; NaN when none has. */
    private static double baseLevel(Series s, TimeIndex t, int year) {
        double sum = 0;
        int n = 0;
        double[] v = s.values();
        for (int r = 0; r < t.size(); r++) {
            if (t.period(r).year() == year && !Double.isNaN(v[r])) {
                sum += v[r];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The common money unit stated by every name, e.g. "million US$"; empty when they differ or say nothing. */
    static String unitOf(List<String> vars) {
        Double common = null;
        for (String v : vars) {
            OptionalDouble u = UnitScale.dollarsPerUnit(v);
            if (u.isEmpty() || (common != null && common != u.getAsDouble())) {
                return "";
            }
            common = u.getAsDouble();
        }
        if (common == null) {
            return "";
        }
        return common == 1e9 ? "billion US$" : common == 1e6 ? "million US$" : common == 1e3 ? "thousand US$" : "US$";
    }

    private static int[] span(Dataset d, List<String> vars) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String v : vars) {
            int[] s = d.get(v).span();
            if (s != null) {
                first = Math.min(first, s[0]);
                last = Math.max(last, s[1]);
            }
        }
        return last < 0 ? null : new int[] {first, last};
    }

    /** "a", "a and b", "a, b and c": how a title lists the variables. */
    static String listed(List<String> vars) {
        if (vars.size() <= 2) {
            return String.join(" and ", vars);
        }
        return String.join(", ", vars.subList(0, vars.size() - 1)) + " and " + vars.get(vars.size() - 1);
    }
}
