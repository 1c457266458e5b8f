package org.tradeworkbench.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.workbench.DatasetState;
import org.tradeworkbench.core.workbench.SourceRecord;
import org.tradeworkbench.core.workbench.WorkbenchFile;

/**
 * Moves a session between {@link WorkbenchModel} and {@link WorkbenchFile}: data, source file, sample range,
 * checked variables, each panel's settings and each figure's choices ({@link PanelSettings}), the selected tab and
 * the command log. Call on the FX thread.
 */
public final class WorkbenchSnapshot {
    private WorkbenchSnapshot() {
    }

    /** The session as a workbench file; {@code selectedTab} is the id of the visible tab (may be null). */
    public static WorkbenchFile capture(WorkbenchModel model, String selectedTab) {
        Dataset d = model.dataset();
        List<SourceRecord> sources = new ArrayList<>();
        Path src = model.sourceFileProperty().get();
        if (src != null && src.toString().endsWith(WorkbenchFile.EXTENSION)) {
            sources.addAll(model.openedSources());
        } else if (src != null && Files.isRegularFile(src)) {
            try {
                sources.add(SourceRecord.of(src, importSettings(model.commandLog().entries(), src), "replace"));
            } catch (IOException e) {
                sources.add(new SourceRecord(src.toAbsolutePath().toString(), null,
                        importSettings(model.commandLog().entries(), src), "replace"));
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        if (selectedTab != null) {
            view.put("tab", selectedTab);
        }
        Period from = model.sampleFromProperty().get();
        Period to = model.sampleToProperty().get();
        WorkbenchFile wb = WorkbenchFile.of(DatasetState.of(d))
                .withSources(sources)
                .withSample(from == null ? null : from.toString(), to == null ? null : to.toString())
                .withPresample(model.presample())
                .withSelectedVariables(List.copyOf(model.selectedVariables()))
                .withView(view)
                .withCommands(model.commandLog().entries());
        for (var panel : model.panelSettings().capture().entrySet()) {
            wb = wb.withPanel(panel.getKey(), panel.getValue());
        }
        for (var figure : new java.util.TreeMap<>(model.panelSettings().captureFigures()).entrySet()) {
            wb = wb.withFigure(figure.getKey(), figure.getValue());
        }
        return wb;
    }

    /**
     * The import settings the file was opened with (the time column chosen in the preview, the delimiter, ...), as
     * the last {@code open} line of the log for it wrote them: option name to value, {@code "true"} for a flag.
     */
    static Map<String, String> importSettings(List<CommandLine> log, Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        for (int i = log.size() - 1; i >= 0; i--) {
            String[] a = log.get(i).arguments();
            if (!log.get(i).name().equals("open") || a.length == 0 || !a[0].equals(path)) {
                continue;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (int j = 1; j < a.length; j++) {
                if (!a[j].startsWith("--")) {
                    continue;
                }
                boolean valued = j + 1 < a.length && !a[j + 1].startsWith("--");
                settings.put(a[j].substring(2), valued ? a[++j] : "true");
            }
            return settings;
        }
        return Map.of();
    }

    /** Replaces the session with the workbench's content; {@code file} becomes the session's file. */
    public static void restore(WorkbenchModel model, WorkbenchFile wb, Path file) {
        Dataset d = wb.dataset().toDataset();
        SampleRange r = SampleRange.parse(wb.sampleFrom(), wb.sampleTo(), d.index());
        // The workbench's own log replaces the session's, so the steps of restoring it are not logged.
        model.withoutLogging(() -> {
            model.load(d, file);
            model.setSample(r.from(), r.to());
            model.setPresample(wb.presample());
            List<String> selected = new ArrayList<>();
            for (String v : wb.selectedVariables()) {
                if (d.has(v)) {
                    selected.add(v);
                }
            }
            model.selectedVariables().setAll(selected);
            // Panels and figures not built yet get their settings when their tab is first shown.
            model.panelSettings().restore(wb.panels(), wb.figures());
        });
        List<CommandLine> log = new ArrayList<>(wb.commands());
        if (log.isEmpty() && file != null) {
            // A workbench saved without a log still replays: its data and sample are the script's start.
            log.add(CommandLine.command("open").opt("workbench", file.toAbsolutePath().normalize()).build());
        }
        model.commandLog().setAll(log);
        model.setOpenedSources(wb.sources());
    }
}
