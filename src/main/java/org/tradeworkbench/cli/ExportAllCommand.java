package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.paper.Replication;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.ui.export.ExportAllAction;

/**
 * {@code export-all}: what File ▸ Export all writes, headless, through the same code: every figure (the paper's
 * Figures 1-4 with the Figures tab's default choices, and the chart of the workbench's checked variables) as SVG and
 * PNG, and the replication report's tables as PNG, HTML, Markdown, CSV and LaTeX, with an index.html. The
 * analysis panels' tables are exported from the desktop app, where their settings live.
 */
final class ExportAllCommand implements Command {
    @Override
    public String name() {
        return "export-all";
    }

    @Override
    public String usage() {
        return "export-all --out DIR [--data FILE[,FILE...] | --workbench FILE] [--no-images]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("no-images");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        Optional<WorkbenchFile> wb = WorkbenchOption.file(args);
        Dataset data = wb.isPresent() ? wb.get().dataset().toDataset()
                : DataOptions.readOrSample(args.opt("data").orElse(null));
        Path dir = Path.of(args.required("out"));
        boolean images = !args.flag("no-images");
        args.checkAllUsed();
        List<String> variables = wb.isPresent() ? wb.get().selectedVariables() : defaultSelection(data);
        ExportAll.Written w = ExportAll.write(dir, "Trade Workbench: " + data.name(),
                ExportAll.defaultFigures(data, variables),
                List.of(ExportAll.Section.of("Replication", Replication.run(data))),
                images ? ExportAllAction.IMAGES : null, ExportAll.Progress.NONE);
        out.println("wrote " + w.fileCount() + " files to " + dir + " (" + w.figures().size() + " figure files, "
                + w.tables().size() + " table files, index.html)");
        return 0;
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
