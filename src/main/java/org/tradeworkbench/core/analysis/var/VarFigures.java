package org.tradeworkbench.core.analysis.var;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSeries;
import org.tradeworkbench.core.figures.FigureSpec;

/**
 * The VAR tab's charts as figure specs, drawn by the render layer like Figures 1–4 (screen, PNG and SVG export):
 * one impulse-response chart per response and impulse (with its bands), one variance-decomposition chart per
 * variable (a line per shock).
 */
public final class VarFigures {
    private VarFigures() {
    }

    /** The response of {@code response} to a shock in {@code impulse}, h = 0..H. */
    public static FigureSpec irf(IrfReport r, int response, int impulse) {
        List<String> vars = r.variables();
        int n = r.responses().length;
        List<String> periods = new ArrayList<>();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int h = 0; h < n; h++) {
            periods.add(Integer.toString(h));
            x[h] = h;
            y[h] = r.responses()[h][response][impulse];
            if (r.hasBands()) {
                lo[h] = r.lower()[h][response][impulse];
                hi[h] = r.upper()[h][response][impulse];
            }
        }
        List<FigureSeries> series = new ArrayList<>();
        series.add(new FigureSeries("response", "Response", periods, x, y));
        if (r.hasBands()) {
            String pct = Math.round(r.spec().level() * 100) + "%";
            series.add(new FigureSeries("lower", "Lower " + pct, periods, x, lo));
            series.add(new FigureSeries("upper", "Upper " + pct, periods, x, hi));
        }
        String name = "irf " + vars.get(response) + " to " + vars.get(impulse);
        String note = "VAR(" + r.spec().model().lags() + "), " + r.nobs() + " obs. " + r.first() + "–" + r.last()
                + "; " + r.spec().kind().description() + (r.hasBands() ? "; bands: " + r.spec().bands().description()
                : "") + ".";
        return new FigureSpec("var", name, "Response of " + vars.get(response) + " to " + vars.get(impulse), "",
                "Horizon", "Response", "", FigureKind.LINE, series, note, null);
    }

    /** Every response and impulse, row by row (response), column by column (impulse). */
    public static List<FigureSpec> irfGrid(IrfReport r) {
        List<FigureSpec> out = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            for (int j = 0; j < r.variables().size(); j++) {
                out.add(irf(r, i, j));
            }
        }
        return out;
    }

    /** The shares of {@code variable}'s forecast-error variance due to each shock, steps 1..H. */
    public static FigureSpec fevd(FevdReport r, int variable) {
        List<String> vars = r.variables();
        int n = r.shares().length;
        List<String> periods = new ArrayList<>();
        double[] x = new double[n];
        for (int h = 0; h < n; h++) {
            periods.add(Integer.toString(h + 1));
            x[h] = h + 1;
        }
        List<FigureSeries> series = new ArrayList<>();
        for (int s = 0; s < vars.size(); s++) {
            double[] y = new double[n];
            for (int h = 0; h < n; h++) {
                y[h] = r.shares()[h][variable][s];
            }
            series.add(new FigureSeries(vars.get(s), "Shock in " + vars.get(s), periods, x, y));
            if (r.hasBands()) {
                String pct = Math.round(r.spec().level() * 100) + "%";
                double[] lo = new double[n];
                double[] hi = new double[n];
                for (int h = 0; h < n; h++) {
                    lo[h] = r.lower()[h][variable][s];
                    hi[h] = r.upper()[h][variable][s];
                }
                series.add(new FigureSeries(vars.get(s) + " lower", "Shock in " + vars.get(s) + ", lower " + pct,
                        periods, x, lo));
                series.add(new FigureSeries(vars.get(s) + " upper", "Shock in " + vars.get(s) + ", upper " + pct,
                        periods, x, hi));
            }
        }
        return new FigureSpec("var", "fevd " + vars.get(variable), "Variance decomposition of " + vars.get(variable),
                "", "Steps ahead", "Share", "", FigureKind.LINE, series, "VAR(" + r.spec().model().lags() + "), "
                + r.nobs() + " obs. " + r.first() + "–" + r.last() + "; Cholesky order "
                + String.join(", ", r.spec().effectiveOrder()) + ".", null);
    }

    /** The VECM's response of {@code response} to a shock in {@code impulse}, h = 0..H. */
    public static FigureSpec irf(VecmIrfReport r, int response, int impulse) {
        List<String> vars = r.variables();
        int n = r.responses().length;
        List<String> periods = new ArrayList<>();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int h = 0; h < n; h++) {
            periods.add(Integer.toString(h));
            x[h] = h;
            y[h] = r.responses()[h][response][impulse];
        }
        String note = "VECM, rank " + r.vecm().rank() + ", VAR order " + r.vecm().spec().lags() + ", "
                + r.vecm().johansen().nobs() + " obs. " + r.vecm().johansen().sampleFirst() + "–"
                + r.vecm().johansen().sampleLast() + "; " + r.spec().kind().description() + ".";
        return new FigureSpec("var", "vecm irf " + vars.get(response) + " to " + vars.get(impulse),
                "VECM: response of " + vars.get(response) + " to " + vars.get(impulse), "", "Horizon", "Response", "",
                FigureKind.LINE, List.of(new FigureSeries("response", "Response", periods, x, y)), note, null);
    }

    public static List<FigureSpec> irfGrid(VecmIrfReport r) {
        List<FigureSpec> out = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            for (int j = 0; j < r.variables().size(); j++) {
                out.add(irf(r, i, j));
            }
        }
        return out;
    }

    /** The shares of {@code variable}'s forecast-error variance in the VECM due to each shock, steps 1..H. */
    public static FigureSpec fevd(VecmFevdReport r, int variable) {
        List<String> vars = r.variables();
        int n = r.shares().length;
        List<String> periods = new ArrayList<>();
        double[] x = new double[n];
        for (int h = 0; h < n; h++) {
            periods.add(Integer.toString(h + 1));
            x[h] = h + 1;
        }
        List<FigureSeries> series = new ArrayList<>();
        for (int s = 0; s < vars.size(); s++) {
            double[] y = new double[n];
            for (int h = 0; h < n; h++) {
                y[h] = r.shares()[h][variable][s];
            }
            series.add(new FigureSeries(vars.get(s), "Shock in " + vars.get(s), periods, x, y));
        }
        return new FigureSpec("var", "vecm fevd " + vars.get(variable), "VECM: variance decomposition of "
                + vars.get(variable), "", "Steps ahead", "Share", "", FigureKind.LINE, series, "VECM, rank "
                + r.vecm().rank() + ", VAR order " + r.vecm().spec().lags() + "; Cholesky order "
                + String.join(", ", r.spec().effectiveOrder()) + ".", null);
    }

    public static List<FigureSpec> fevdAll(VecmFevdReport r) {
        List<FigureSpec> out = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            out.add(fevd(r, i));
        }
        return out;
    }

    public static List<FigureSpec> fevdAll(FevdReport r) {
        List<FigureSpec> out = new ArrayList<>();
        for (int i = 0; i < r.variables().size(); i++) {
            out.add(fevd(r, i));
        }
        return out;
    }
}
