package org.tradeworkbench.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.render.ExportImages;
import org.tradeworkbench.render.HeadlessRenderer;
import org.tradeworkbench.render.ImageSize;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * File ▸ Export all: asks for a folder, makes sure every panel has its result (building the tabs not shown yet and
 * waiting for panels still computing), reads the panels' current result objects on the FX thread into
 * {@link ExportAll.Contents} and writes them in the background with {@link ExportAll} and the render layer's
 * {@link ExportImages}, as the command line's {@code export-all} does, with progress and cancel in the status bar.
 */
public final class ExportAllAction {
    private ExportAllAction() {
    }

    /** The menu command. */
    public static void ask(WorkbenchContext ctx, Window owner, TabPane tabs) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export all figures and tables into a folder");
        AppSettings settings = ctx.settings();
        settings.exportFolder().ifPresent(p -> dc.setInitialDirectory(p.toFile()));
        File dir = dc.showDialog(owner);
        if (dir == null) {
            return;
        }
        settings.rememberExportFolder(dir.toPath());
        // The PNGs at the export scale chosen in Preferences.
        double scale = settings.exportScaleProperty().get();
        buildTabs(tabs, ctx);
        whenIdle(ctx.results(), () -> start(ctx, dir.toPath(), ExportImages.at(scale)));
    }

    /** Builds the content of every tab not shown yet, so that its panel registers and computes its result. */
    static void buildTabs(TabPane tabs, WorkbenchContext ctx) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() != null) {
                continue;
            }
            for (WorkbenchTab t : TabContributions.tabs()) {
                if (("tab-" + t.id()).equals(tab.getId())) {
                    tab.setContent(t.content().apply(ctx));
                }
            }
        }
    }

    /** Runs {@code then} once no registered panel is computing. FX thread. */
    static void whenIdle(PanelResults results, Runnable then) {
        if (!results.anyRunning()) {
            then.run();
            return;
        }
        List<Observable> watched = new ArrayList<>();
        for (PanelResults.Panel p : results.panels()) {
            if (p.running() != null) {
                watched.add(p.running());
            }
        }
        InvalidationListener[] self = new InvalidationListener[1];
        self[0] = o -> {
            if (!results.anyRunning()) {
                watched.forEach(w -> w.removeListener(self[0]));
                // A panel clears "running" before it sets its result: read the results once its callback is done.
                Platform.runLater(then);
            }
        };
        watched.forEach(w -> w.addListener(self[0]));
    }

    /**
     * Reads every panel's current result (FX thread) and writes the export in the background; the notifier says
     * how many files were written, or which file failed (the files written before stay, listed in the index).
     */
    public static Cancellable start(WorkbenchContext ctx, Path dir, ExportAll.Images images) {
        return start(ctx, dir, images, w -> ctx.notifier().info("Exported " + w.fileCount() + " files to " + dir
                + " (open index.html)"));
    }

    static Cancellable start(WorkbenchContext ctx, Path dir, ExportAll.Images images, Consumer<ExportAll.Written> done) {
        ExportAll.Contents contents = contents(ctx);
        return ctx.tasks().run("Export all", progress -> ExportAll.write(dir, contents, images, reporter(progress)),
                done, failure -> ctx.notifier().error(failure));
    }

    /**
     * What the panels show now (FX thread): the Figures tab's figures (the default ones when it was never built),
     * the panels' own charts, and every registered panel's tables in tab order.
     */
    static ExportAll.Contents contents(WorkbenchContext ctx) {
        WorkbenchModel model = ctx.model();
        PanelResults results = ctx.results();
        List<FigureSpec> figures = new ArrayList<>(results.hasFigures() ? results.figures() : defaultFigures(model));
        figures.addAll(results.panelFigures());
        return new ExportAll.Contents(ExportAll.title(model.dataset()), figures, results.sections());
    }

    /** The figures with the choices the Figures tab starts with, when that tab was never built. */
    static List<FigureSpec> defaultFigures(WorkbenchModel model) {
        return ExportAll.defaultFigures(model.dataset(), List.copyOf(model.selectedVariables()));
    }

    private static ExportAll.Progress reporter(ProgressReporter progress) {
        return new ExportAll.Progress() {
            @Override
            public void writing(String file, int done, int total) {
                progress.message(file);
                progress.progress((double) done / Math.max(1, total));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
