package org.tradeworkbench.core.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.figures.AnnualValues.Aggregation;
import org.tradeworkbench.core.paper.PaperVariables;

/**
 * Builds the paper's Figures 1–4 from a dataset and the user's {@link FigureChoices}. Values are by calendar
 * year, money in billions of US$ when the column names say their unit. A figure whose inputs are missing gets
 * an {@link EmptyState} naming them and saying where to get them.
 */
public final class PaperFigures {
    private PaperFigures() {
    }

    /** Where the ATP data come from and how to load them; shown in every empty state of Figures 1–4. */
    public static final String HOW_TO_LOAD_ATP = "Download US trade in advanced technology products with China "
            + "from the U.S. Census Bureau's international trade API: "
            + "https://api.census.gov/data/timeseries/intltrade/exports/hitech?get=CTY_CODE,CTY_NAME,HITECH,"
            + "HITECH_DESC,ALL_VAL_MO,ALL_VAL_YR&time=from+2013-01+to+2018-12&CTY_CODE=5700 and the same under "
            + "imports/hitech with GEN_VAL_MO,GEN_VAL_YR; save each answer as a .json file and drop the files on "
            + "the window (File > Open works too; on the command line, --data FILE). Then pick the columns here "
            + "if they were not found by name.";

    /**
     * The data as the figures see them: with the ATP balances ({@code exports - imports}) added as generated
     * series wherever a Census import brought both flows, so that the balance figures find them.
     */
    public static Dataset withDerivedSeries(Dataset d) {
        return org.tradeworkbench.core.io.atp.AtpColumns.withBalances(d);
    }

    /** The choices a figure starts with: every input filled with the best-matching column, if any. */
    public static FigureChoices defaultChoices(PaperFigure f, Dataset data) {
        Dataset d = withDerivedSeries(data);
        FigureChoices c = FigureChoices.none();
        for (SeriesSlot s : f.slots()) {
            String best = bestColumn(s.matcher(), d);
            if (best != null) {
                c = c.withColumn(s.key(), best);
            }
        }
        return c;
    }

    /**
     * The bundled columns that only repeat figures quoted in print (the paper's own deficits and a press report):
     * a figure draws them only when no other column fits, so loaded Census data replace them whatever their span.
     */
    static final Set<String> QUOTED_POINTS = Set.of(PaperVariables.ATP_BALANCE_QUOTED_BUSD,
            PaperVariables.ATP_EXPORTS_QUOTED_BUSD);

    /**
     * The best-matching column that has any value: one that is not {@linkplain #QUOTED_POINTS quoted points}
     * first, then the better name, then the one with the most values.
     */
    static String bestColumn(ColumnMatcher m, Dataset d) {
        String best = null;
        boolean bestQuoted = true;
        int bestScore = -1;
        int bestCount = 0;
        for (Series s : d.series()) {
            int score = m.score(s.name());
            int count = s.size() - s.missingCount();
            if (score < 0 || count == 0) {
                continue;
            }
            boolean quoted = QUOTED_POINTS.contains(s.name());
            boolean better = best == null || (bestQuoted && !quoted)
                    || (quoted == bestQuoted && (score > bestScore || (score == bestScore && count > bestCount)));
            if (better) {
                best = s.name();
                bestQuoted = quoted;
                bestScore = score;
                bestCount = count;
            }
        }
        return best;
    }

    public static FigureSpec build(PaperFigure f, Dataset data, FigureChoices c) {
        Dataset d = withDerivedSeries(data);
        FigureKind kind = c.kind() != null ? c.kind() : f.defaultKind();
        int[] span = AnnualValues.yearSpan(d);
        if (span == null) {
            return FigureSpec.empty(f.id(), f.figureName(), caption(f, c, null, null), kind,
                    new EmptyState("Figure " + f.number() + " is drawn by year, and the data are "
                            + (d.rowCount() == 0 ? "empty." : "not dated."),
                            needs(f), HOW_TO_LOAD_ATP));
        }
        Inputs in = new Inputs(d, c, span, d.index().frequency() != Frequency.ANNUAL);
        Computed r = switch (f) {
            case FIGURE_1 -> figure1(f, in);
            case FIGURE_2 -> figure2(f, in);
            case FIGURE_3, FIGURE_4 -> categories(f, in);
        };
        if (r.series.isEmpty()) {
            return FigureSpec.empty(f.id(), f.figureName(), caption(f, c, null, null), kind,
                    new EmptyState(headline(f, in), r.missing, HOW_TO_LOAD_ATP));
        }
        return assemble(f, in, r, kind);
    }

    private static String headline(PaperFigure f, Inputs in) {
        List<String> chosenButAbsent = new ArrayList<>();
        for (SeriesSlot s : f.slots()) {
            in.c.column(s.key()).filter(col -> !in.d.has(col)).ifPresent(chosenButAbsent::add);
        }
        String what = switch (f) {
            case FIGURE_1 -> "US–China trade in advanced technology products (ATP)";
            case FIGURE_2 -> "US ATP exports to China and to the world";
            case FIGURE_3, FIGURE_4 -> "US–China ATP trade by category";
        };
        String s = "Figure " + f.number() + " needs " + what + ", which the current data do not have.";
        if (!chosenButAbsent.isEmpty()) {
            s += " Chosen columns not in the data: " + String.join(", ", chosenButAbsent) + ".";
        }
        return s;
    }

    private static List<String> needs(PaperFigure f) {
        return switch (f) {
            case FIGURE_1 -> List.of("US ATP trade balance with China by year (or ATP exports to and imports from "
                    + "China)");
            case FIGURE_2 -> List.of("US ATP exports to China by year", "US ATP exports to the world by year");
            default -> f.slots().stream().map(s -> "US–China ATP balance: " + s.label()).toList();
        };
    }

    // ---- per figure ----

    private static Computed figure1(PaperFigure f, Inputs in) {
        Computed r = new Computed();
        String bal = in.column("balance");
        if (bal != null) {
            r.add("balance", bal, f.slot("balance").label(), in.billions(bal, r), List.of(bal));
            return r;
        }
        String x = in.column("exports");
        String m = in.column("imports");
        if (x != null && m != null) {
            double[] ex = in.billions(x, r);
            double[] im = in.billions(m, r);
            double[] b = new double[ex.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = ex[i] - im[i];
            }
            r.add("balance", x + " - " + m, "ATP trade balance with China (exports − imports)", b, List.of(x, m));
            return r;
        }
        r.missing.addAll(needs(f));
        return r;
    }

    private static Computed figure2(PaperFigure f, Inputs in) {
        Computed r = new Computed();
        String ratio = in.column("ratio");
        if (ratio != null) {
            r.add("ratio", ratio, "US ATP exports to China / to the world", in.values(ratio, Aggregation.MEAN),
                    List.of(ratio));
            return r;
        }
        String china = in.column("china");
        String world = in.column("world");
        if (china == null || world == null) {
            if (china == null) {
                r.missing.add("US ATP exports to China by year");
            }
            if (world == null) {
                r.missing.add("US ATP exports to the world by year");
            }
            return r;
        }
        OptionalDouble sc = UnitScale.dollarsPerUnit(china);
        OptionalDouble sw = UnitScale.dollarsPerUnit(world);
        double factor = 1;
        if (sc.isPresent() && sw.isPresent()) {
            factor = sc.getAsDouble() / sw.getAsDouble();
        } else {
            r.notes.add("The names of " + china + " and " + world
                    + " do not state their units; they are taken to be in the same unit.");
        }
        double[] a = in.values(china, Aggregation.SUM);
        double[] b = in.values(world, Aggregation.SUM);
        double[] q = new double[a.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = a[i] * factor / b[i];
        }
        r.add("ratio", china + " / " + world, "US ATP exports to China / to the world", q, List.of(china, world));
        return r;
    }

    private static Computed categories(PaperFigure f, Inputs in) {
        Computed r = new Computed();
        List<String> absent = new ArrayList<>();
        for (SeriesSlot s : f.slots()) {
            String col = in.column(s.key());
            if (col == null) {
                absent.add(s.label());
                r.missing.add("US–China ATP balance: " + s.label());
            } else {
                r.add(s.key(), col, s.label(), in.billions(col, r), List.of(col));
            }
        }
        if (!r.series.isEmpty() && !absent.isEmpty()) {
            r.notes.add("Not drawn, no column chosen: " + String.join(", ", absent) + ".");
        }
        return r;
    }

    // ---- assembly ----

    private static FigureSpec assemble(PaperFigure f, Inputs in, Computed r, FigureKind kind) {
        int y0 = in.span[0];
        if (r.lastPresentYear(y0) < y0) {
            return FigureSpec.empty(f.id(), f.figureName(), caption(f, in.c, null, null), kind,
                    new EmptyState("The chosen columns (" + String.join(", ", r.columnsUsed)
                            + ") have no values.", needs(f), HOW_TO_LOAD_ATP));
        }
        int from = in.c.fromYear() != null ? Math.max(in.c.fromYear(), y0) : r.firstPresentYear(y0);
        int to = in.c.toYear() != null ? Math.min(in.c.toYear(), in.span[1]) : r.lastPresentYear(y0);
        if (from > to) {
            return FigureSpec.empty(f.id(), f.figureName(), caption(f, in.c, null, null), kind,
                    new EmptyState("The year range " + from + "–" + to + " is empty.", List.of(),
                            "Choose a range within " + in.span[0] + "–" + in.span[1] + "; " + r.coverage(y0)));
        }
        List<String> periods = new ArrayList<>();
        double[] x = new double[to - from + 1];
        for (int y = from; y <= to; y++) {
            periods.add(Integer.toString(y));
            x[y - from] = y;
        }
        List<FigureSeries> out = new ArrayList<>();
        int present = 0;
        for (Map.Entry<String, Computed.One> e : r.series.entrySet()) {
            Computed.One one = e.getValue();
            double[] y = java.util.Arrays.copyOfRange(one.values, from - y0, to - y0 + 1);
            FigureSeries fs = new FigureSeries(one.name, one.label, periods, x, y);
            present += fs.presentCount();
            out.add(fs);
        }
        if (present == 0) {
            return FigureSpec.empty(f.id(), f.figureName(), caption(f, in.c, from, to), kind,
                    new EmptyState("The chosen series have no values between " + from + " and " + to + ".",
                            List.of(), r.coverage(y0)));
        }
        String unit = r.unknownUnit ? "as in the data" : f.yUnit();
        if (f == PaperFigure.FIGURE_2) {
            unit = "";
        }
        String subtitle = in.c.subtitle() != null ? in.c.subtitle() : f.defaultSubtitle();
        return new FigureSpec(f.id(), f.figureName(), caption(f, in.c, from, to), subtitle, "Year", f.yLabel(),
                unit, kind, out, sourceNote(in, r, out), null).withAxisLabel(in.c.axisLabel());
    }

    private static String caption(PaperFigure f, FigureChoices c, Integer from, Integer to) {
        if (c.title() != null) {
            return c.title();
        }
        String years = from == null ? "" : from.equals(to) ? ", " + from : ", " + from + "–" + to;
        return "Figure " + f.number() + ". " + f.figureName() + years;
    }

    private static String sourceNote(Inputs in, Computed r, List<FigureSeries> drawn) {
        List<String> parts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String col : r.columnsUsed) {
            Series s = in.d.get(col);
            sources.add(s.description().isBlank() ? col : col + " (" + s.description() + ")");
        }
        String withDescriptions = String.join("; ", sources);
        // Descriptions (source, unit) help for one or two series; for a whole category figure they would bury
        // the chart, so then the column names alone are given.
        parts.add("Data: " + (withDescriptions.length() <= 240 ? withDescriptions
                : String.join(", ", r.columnsUsed)) + ".");
        int total = 0;
        int present = 0;
        for (FigureSeries s : drawn) {
            total += s.size();
            present += s.presentCount();
        }
        if (present < total) {
            parts.add((total - present) + " of " + total + " points missing, left blank (not interpolated).");
        }
        if (in.subAnnual) {
            parts.add("Yearly totals of " + in.d.index().frequency().name().toLowerCase()
                    + " data; a year with a missing period is left out.");
        }
        parts.addAll(r.notes);
        return String.join(" ", parts);
    }

    /** The data, the choices and the conversions every figure uses. */
    private static final class Inputs {
        final Dataset d;
        final FigureChoices c;
        final int[] span;
        final boolean subAnnual;

        Inputs(Dataset d, FigureChoices c, int[] span, boolean subAnnual) {
            this.d = d;
            this.c = c;
            this.span = span;
            this.subAnnual = subAnnual;
        }

        /** The chosen column of a slot, or null when none is chosen or it is not in the data. */
        String column(String key) {
            return c.column(key).filter(d::has).orElse(null);
        }

        double[] values(String col, Aggregation how) {
            return AnnualValues.of(d, col, span[0], span[1], how);
        }

        /** Yearly sums in billions of US$, or as they are when the name does not state a unit. */
        double[] billions(String col, Computed r) {
            double[] v = values(col, Aggregation.SUM);
            OptionalDouble s = UnitScale.dollarsPerUnit(col);
            if (s.isEmpty()) {
                r.unknownUnit = true;
                r.notes.add("The name of " + col + " does not state its unit; drawn as it is.");
                return v;
            }
            double k = s.getAsDouble() / 1e9;
            for (int i = 0; i < v.length; i++) {
                v[i] *= k;
            }
            return v;
        }
    }

    /** The series a figure computed (by year over the whole data span) and what it could not find. */
    private static final class Computed {
        record One(String name, String label, double[] values) {
        }

        final Map<String, One> series = new LinkedHashMap<>();
        final List<String> missing = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> columnsUsed = new ArrayList<>();
        boolean unknownUnit;

        void add(String key, String name, String label, double[] values, List<String> columns) {
            series.put(key, new One(name, label, values));
            for (String col : columns) {
                if (!columnsUsed.contains(col)) {
                    columnsUsed.add(col);
                }
            }
        }

        int firstPresentYear(int y0) {
            int best = Integer.MAX_VALUE;
            for (One o : series.values()) {
                for (int i = 0; i < o.values.length; i++) {
                    if (!Double.isNaN(o.values[i])) {
                        best = Math.min(best, i);
                        break;
                    }
                }
            }
            return best == Integer.MAX_VALUE ? y0 : y0 + best;
        }

        int lastPresentYear(int y0) {
            int best = -1;
            for (One o : series.values()) {
                for (int i = o.values.length - 1; i >= 0; i--) {
                    if (!Double.isNaN(o.values[i])) {
                        best = Math.max(best, i);
                        break;
                    }
                }
            }
            return best < 0 ? y0 - 1 : y0 + best;
        }

        String coverage(int y0) {
            List<String> parts = new ArrayList<>();
            for (One o : series.values()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < o.values.length; i++) {
                    if (!Double.isNaN(o.values[i])) {
                        if (first < 0) {
                            first = i;
                        }
                        last = i;
                    }
                }
                parts.add(o.label + (first < 0 ? ": no values at all" : ": values in " + (y0 + first) + "–"
                        + (y0 + last)));
            }
            return String.join("; ", parts) + ".";
        }
    }
}
