package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.analysis.figures.FigureAnalysis;
import org.tradeworkbench.core.analysis.figures.FigureReport;
import org.tradeworkbench.core.analysis.figures.FigureRequest;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.GeneralFigure;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.render.HeadlessRenderer;
import org.tradeworkbench.render.ImageSize;

/**
 * {@code figure}: writes one of the paper's Figures 1–4, or a chart of chosen variables, as PNG — the same chart
 * the desktop app draws, rendered headless. A figure whose series are missing exits with status 2 and its empty
 * state (which series it needs and how to get them).
 */
final class FigureCommand implements Command {

    @Override
    public String name() {
        return "figure";
    }

    @Override
    public String usage() {
        return "figure --id 1..4|general --out FILE.png|FILE.svg|FILE.csv [--data FILE[,FILE...]] [--vars a,b] [--kind line|bar]"
                + " [--right-axis a,b [--right-label TEXT]] [--type line|scatter --x NAME --y a,b [--fit]]"
                + " [--rebase YEAR] [--from YEAR] [--to YEAR] [--title TEXT] [--left-label TEXT]"
                + " [--width W] [--height H] [--scale S] [--overwrite] [--json]"
                + "  (image: W x H layout pixels, default 900 x 560, times S)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("overwrite", "json", "fit");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        String id = args.required("id").trim().toLowerCase(java.util.Locale.ROOT);
        Path file = args.outputFile("out");
        String data = args.opt("data").orElse(null);
        List<String> vars = new ArrayList<>(names(args.opt("vars").orElse("")));
        List<String> right = names(args.opt("right-axis").orElse(""));
        boolean scatter = "scatter".equals(args.choice("type", "line", "line", "scatter"));
        String xVar = args.opt("x").map(String::trim).orElse(null);
        List<String> yVars = names(args.opt("y").orElse(""));
        boolean fit = args.flag("fit");
        String kindText = args.choice("kind", null, "line", "bar");
        Integer from = args.opt("from").map(v -> args.parseInt("from", v)).orElse(null);
        Integer to = args.opt("to").map(v -> args.parseInt("to", v)).orElse(null);
        String title = args.opt("title").orElse(null);
        // --axis-label is the older name of --left-label (the value axis of a chart with one).
        String leftLabel = args.opt("left-label").orElse(null);
        String axisLabel = args.opt("axis-label").orElse(null);
        String rightLabel = args.opt("right-label").orElse(null);
        Integer rebase = args.opt("rebase").map(v -> args.parseInt("rebase", v)).orElse(null);
        boolean json = args.flag("json");
        double width = args.opt("width").map(v -> args.parseDouble("width", v)).orElse(ImageSize.DEFAULT_FIGURE.width());
        double height = args.opt("height").map(v -> args.parseDouble("height", v))
                .orElse(ImageSize.DEFAULT_FIGURE.height());
        double scale = args.opt("scale").map(v -> args.parseDouble("scale", v)).orElse(1.0);
        args.checkAllUsed();

        ImageSize size;
        try {
            size = new ImageSize(width, height, scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("figure: " + e.getMessage());
        }
        String lowerName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean svg = lowerName.endsWith(".svg");
        boolean csv = lowerName.endsWith(".csv");
        if (!svg && !csv && !lowerName.endsWith(".png")) {
            throw new UsageException("figure: --out must name a .png, .svg or .csv file, got \"" + file + "\"");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("figure: the folder " + parent + " does not exist");
        }
        if (leftLabel != null && axisLabel != null) {
            throw new UsageException("figure: --axis-label is the older name of --left-label; give one of them");
        }
        if (leftLabel != null) {
            axisLabel = leftLabel;
        }
        if (rightLabel != null && right.isEmpty()) {
            throw new UsageException("figure: --right-label labels the right axis; put a variable on it with "
                    + "--right-axis NAME");
        }
        if (from != null && to != null && from > to) {
            throw new UsageException("figure: --from " + from + " is after --to " + to);
        }
        boolean general = id.equals(GeneralFigure.ID);
        PaperFigure paper = null;
        if (!general) {
            try {
                paper = PaperFigure.number(Integer.parseInt(id));
            } catch (IllegalArgumentException e) {
                throw new UsageException("figure: --id must be 1, 2, 3, 4 or general, got \"" + id + "\"");
            }
            if (!vars.isEmpty()) {
                throw new UsageException("figure: --vars is for --id general; Figures 1-4 find their series by name");
            }
        } else if (scatter) {
            checkScatter(vars, right, xVar, yVars, rebase, kindText);
            vars.clear();
            vars.addAll(yVars);
        } else if (vars.isEmpty()) {
            throw new UsageException("figure: --id general needs --vars a,b (the variables to draw)");
        }
        if (!scatter && (xVar != null || !yVars.isEmpty() || fit)) {
            throw new UsageException("figure: --x, --y and --fit are for --type scatter");
        }
        if (!right.isEmpty()) {
            if (!general) {
                throw new UsageException("figure: --right-axis is for --id general; the paper's figures have one axis");
            }
            List<String> notDrawn = right.stream().filter(v -> !vars.contains(v)).toList();
            if (!notDrawn.isEmpty()) {
                throw new UsageException("figure: --right-axis names " + String.join(", ", notDrawn)
                        + ", which --vars does not draw");
            }
        }

        Dataset d = DataOptions.scriptDataOrRead(args, data);
        FigureChoices c = general ? FigureChoices.none().withVariables(vars).withRightAxis(right)
                : PaperFigures.defaultChoices(paper, d);
        if (scatter) {
            c = c.withType(org.tradeworkbench.core.figures.ChartType.SCATTER).withXVariable(xVar)
                    .withFitLine(fit ? Boolean.TRUE : null);
        }
        c = c.withRange(from, to).withTitle(title).withAxisLabel(axisLabel).withRightLabel(rightLabel);
        if (rebase != null) {
            if (!general) {
                throw new UsageException("figure: --rebase draws the general chart as an index; the paper's figures "
                        + "keep their units");
            }
            c = c.withBaseYear(rebase);
        }
        if (kindText != null) {
            c = c.withKind(kindText.equals("bar") ? FigureKind.BAR : FigureKind.LINE);
        }
        FigureReport report = new FigureAnalysis().run(new FigureRequest(id, c), d, ProgressReporter.NONE);
        FigureSpec spec = report.chart();
        if (spec.isEmpty()) {
            throw new DataException(spec.emptyState().message());
        }
        if (csv) {
            // The numbers drawn, as the chart's Export menu writes them: one row per period (per pair for a
            // scatter plot), one column per series, missing values empty.
            org.tradeworkbench.core.report.ResultTable table = org.tradeworkbench.core.figures.FigureData.table(spec)
                    .orElseThrow(() -> new DataException("the chart has no numbers to write"));
            org.tradeworkbench.core.workbench.AtomicFiles.write(file, org.tradeworkbench.core.report.CsvTableWriter
                    .write(table).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            done(out, json, report, "wrote " + file + " (CSV, " + table.rows().size() + " rows): " + spec.title());
            return 0;
        }
        if (svg) {
            org.tradeworkbench.core.workbench.AtomicFiles.write(file, org.tradeworkbench.core.figures.SvgChartWriter
                    .write(spec, (int) Math.round(width), (int) Math.round(height))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            done(out, json, report, "wrote " + file + " (SVG, " + Math.round(width) + " x " + Math.round(height)
                    + "): " + spec.title());
            return 0;
        }
        HeadlessRenderer.writePng(spec, size, file);
        done(out, json, report, "wrote " + file + " (" + size.pixelWidth() + " x " + size.pixelHeight() + " px): "
                + spec.title());
        return 0;
    }

    /** The names of a comma-separated list, blanks left out. */
    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static void checkScatter(List<String> vars, List<String> right, String x, List<String> ys,
            Integer rebase, String kind) {
        if (!vars.isEmpty()) {
            throw new UsageException("figure: --type scatter takes --x NAME --y a,b, not --vars");
        }
        if (x == null || x.isEmpty() || ys.isEmpty()) {
            throw new UsageException("figure: --type scatter needs --x NAME (the horizontal variable) and --y a,b");
        }
        if (ys.contains(x)) {
            throw new UsageException("figure: " + x + " is both --x and --y");
        }
        if (!right.isEmpty() || rebase != null || kind != null) {
            throw new UsageException("figure: --right-axis, --rebase and --kind are for charts over time, not "
                    + "--type scatter");
        }
    }

    /** With {@code --json} the chart's report (its series and axes), else the line saying what was written. */
    private static void done(PrintStream out, boolean json, FigureReport report, String line) throws java.io.IOException {
        out.println(json ? org.tradeworkbench.core.report.JsonWriter.write(report.toJson()) : line);
    }
}
