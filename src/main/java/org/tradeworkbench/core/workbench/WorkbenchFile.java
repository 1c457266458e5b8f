package org.tradeworkbench.core.workbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.figures.FigureChoices;

/**
 * Everything a saved workbench holds, independent of any toolkit and of the JSON form ({@link WorkbenchJson}):
 * the data, where they came from, the sample range, the checked variables, each panel's settings, each
 * figure's choices, what the window showed, and the command log.
 *
 * @param dataset           the data with the user's edits and generated series
 * @param sources           the files the data were imported from, in import order (for reference only)
 * @param sampleFrom        first period of the sample as its label, or {@code null} for the first row
 * @param sampleTo          last period of the sample, or {@code null} for the last row
 * @param presample         what the rows before the sample's start are for ({@code null} in older files: cut)
 * @param selectedVariables the variables checked in the variable list
 * @param panels            per panel id (e.g. {@code "stationarity"}), the panel's settings as plain JSON values
 *                          (strings, numbers, booleans, lists, maps); each panel defines its own keys
 * @param figures           per figure id ({@code "1"}..{@code "4"}, {@code "general"}), the user's choices
 * @param view              window state (e.g. {@code "tab"}: the selected tab's id), plain JSON values
 * @param commands          the command log
 */
public record WorkbenchFile(DatasetState dataset, List<SourceRecord> sources, String sampleFrom, String sampleTo,
                            Presample presample, List<String> selectedVariables, Map<String, Map<String, Object>> panels,
                            Map<String, FigureChoices> figures, Map<String, Object> view,
                            List<CommandLine> commands) {

    /** The {@code format} member every workbench file carries. */
    public static final String FORMAT = "trade-workbench";
    /** The newest file format version this build writes and reads. */
    public static final int VERSION = 1;
    /** File name extension of workbench files. */
    public static final String EXTENSION = ".tradewb";

    public WorkbenchFile {
        Objects.requireNonNull(dataset);
        presample = presample == null ? Presample.CUT : presample;
        sources = List.copyOf(sources);
        selectedVariables = List.copyOf(selectedVariables);
        Map<String, Map<String, Object>> p = new LinkedHashMap<>();
        panels.forEach((k, v) -> p.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        panels = Collections.unmodifiableMap(p);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        view = Collections.unmodifiableMap(new LinkedHashMap<>(view));
        commands = List.copyOf(commands);
    }

    /** A workbench holding only data. */
    public static WorkbenchFile of(DatasetState dataset) {
        return new WorkbenchFile(dataset, List.of(), null, null, Presample.CUT, List.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    public WorkbenchFile withSample(String from, String to) {
        return new WorkbenchFile(dataset, sources, from, to, presample, selectedVariables, panels, figures, view, commands);
    }

    public WorkbenchFile withPresample(Presample p) {
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, p, selectedVariables, panels, figures, view,
                commands);
    }

    public WorkbenchFile withSources(List<SourceRecord> s) {
        return new WorkbenchFile(dataset, s, sampleFrom, sampleTo, presample, selectedVariables, panels, figures, view, commands);
    }

    public WorkbenchFile withSelectedVariables(List<String> names) {
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, presample, names, panels, figures, view, commands);
    }

    /** Sets one panel's settings. */
    public WorkbenchFile withPanel(String panelId, Map<String, Object> settings) {
        Map<String, Map<String, Object>> p = new LinkedHashMap<>(panels);
        p.put(panelId, settings);
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, presample, selectedVariables, p, figures, view, commands);
    }

    public WorkbenchFile withFigure(String figureId, FigureChoices choices) {
        Map<String, FigureChoices> f = new LinkedHashMap<>(figures);
        f.put(figureId, choices);
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, presample, selectedVariables, panels, f, view, commands);
    }

    public WorkbenchFile withView(Map<String, Object> v) {
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, presample, selectedVariables, panels, figures, v, commands);
    }

    public WorkbenchFile withCommands(List<CommandLine> c) {
        return new WorkbenchFile(dataset, sources, sampleFrom, sampleTo, presample, selectedVariables, panels, figures, view, c);
    }

    /** A panel's settings, empty when the workbench has none for it. */
    public Map<String, Object> panel(String panelId) {
        return panels.getOrDefault(panelId, Map.of());
    }

    /** The source files' names, for messages. */
    public List<String> sourcePaths() {
        List<String> out = new ArrayList<>();
        for (SourceRecord s : sources) {
            out.add(s.path());
        }
        return out;
    }
}
