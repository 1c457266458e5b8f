package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.analysis.var.VarTabAnalysis;
import org.tradeworkbench.core.analysis.var.VarTabReport;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.analysis.replication.ReplicationSpec;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.UserPreferences;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.render.ExportImages;

/**
 * {@code export-all}: what File ▸ Export all writes, headless, through the same code ({@link ExportAll.Contents}
 * written by {@link ExportAll} with the render layer's {@link ExportImages}): every figure (the paper's Figures 1-4
 * with the Figures tab's default choices, and the chart of the workbench's checked variables) as SVG and PNG, and
 * the tables of a workbench's analysis tabs (run from the specs it keeps) and of the replication report as PNG,
 * HTML, Markdown, CSV and LaTeX, with an index.html. PNGs at the app's default export scale unless {@code --scale}
 * says otherwise.
 */
final class ExportAllCommand implements Command {
    @Override
    public String name() {
        return "export-all";
    }

    @Override
    public String usage() {
        return "export-all --out DIR [--data FILE[,FILE...] | --workbench FILE] [--no-images] [--scale S] [--overwrite]"
                + "  (PNG pixels per layout pixel, default " + (int) UserPreferences.DEFAULT_EXPORT_SCALE + ")";
    }

    @Override
    public Set<String> flags() {
        return Set.of("no-images", "overwrite");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        Optional<WorkbenchFile> wb = WorkbenchOption.file(args);
        Dataset data = wb.isPresent() ? wb.get().dataset().toDataset()
                : DataOptions.readOrSample(args.opt("data").orElse(null));
        Path dir = args.outputFolder("out");
        boolean images = !args.flag("no-images");
        double scale = args.opt("scale").map(v -> args.parseDouble("scale", v))
                .orElse(UserPreferences.DEFAULT_EXPORT_SCALE);
        args.checkAllUsed();
        ExportImages drawn;
        try {
            drawn = images ? ExportImages.at(scale) : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException("export-all: " + e.getMessage());
        }
        ExportAll.Written w = ExportAll.write(dir, contents(data, wb), drawn, ExportAll.Progress.NONE);
        out.println("wrote " + w.fileCount() + " files to " + dir + " (" + w.figures().size() + " figure files, "
                + w.tables().size() + " table files, index.html)");
        return 0;
    }

    /**
     * The figures of the workbench's checked variables (or the default selection); a workbench's analysis tabs
     * run from the specs it keeps, in tab order; the replication.
     */
    static ExportAll.Contents contents(Dataset data, Optional<WorkbenchFile> wb) {
        List<String> variables = wb.isPresent() ? wb.get().selectedVariables() : defaultSelection(data);
        List<FigureSpec> figures = new ArrayList<>(ExportAll.defaultFigures(data, variables));
        List<ExportAll.Section> sections = new ArrayList<>();
        if (wb.isPresent()) {
            for (WorkbenchAnalyses.Outcome o : WorkbenchAnalyses.run(wb.get(), ProgressReporter.NONE)) {
                sections.add(o.report() == null
                        ? new ExportAll.Section(title(o.panel()), List.of(), o.problem())
                        : ExportAll.Section.of(title(o.panel()), o.report()));
                // The charts the Regression tab draws beside its tables, after the figures as in the app.
                if (o.report() instanceof RegressionReport r) {
                    figures.addAll(r.charts());
                }
                if (o.report() instanceof VarTabReport r) {
                    figures.addAll(r.figures());
                }
            }
        }
        sections.add(ExportAll.replication(data, wb.isPresent() ? WorkbenchAnalyses.replicationSpec(wb.get())
                : ReplicationSpec.DEFAULT));
        return new ExportAll.Contents(ExportAll.title(data), figures, sections);
    }

    /** A tab's heading in the export, as the app names it: "stationarity" is "Stationarity". */
    private static String title(String panel) {
        if (panel.equals(VarTabAnalysis.PANEL)) {
            return "VAR";
        }
        return Character.toUpperCase(panel.charAt(0)) + panel.substring(1);
    }

    /** As the app checks them on opening data: the generated series, else the first series. */
    private static List<String> defaultSelection(Dataset d) {
        List<String> generated = d.series().stream().filter(Series::isGenerated).map(Series::name).toList();
        if (!generated.isEmpty()) {
            return generated;
        }
        return d.seriesNames().isEmpty() ? List.of() : List.of(d.seriesNames().get(0));
    }
}
