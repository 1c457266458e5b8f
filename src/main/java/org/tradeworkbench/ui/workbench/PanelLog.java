package org.tradeworkbench.ui.workbench;

import java.util.List;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SampleRange;

/**
 * What a panel appends to the command log: the command lines of a run whose result it shows, once per settled
 * change. A run on a state the session has already left (a debounced run overtaken by an edit, or the first half
 * of a change of both sample ends) is not logged, and neither is a run that repeats the panel's last logged
 * commands on the same data and sample, so re-runs do not flood the log.
 */
public final class PanelLog {
    private final WorkbenchModel model;
    private List<CommandLine> lastLines = List.of();
    private Dataset lastData;
    private SampleRange lastRange;

    public PanelLog(WorkbenchModel model) {
        this.model = model;
    }

    /**
     * Called when the panel shows the result of a run on {@code data} cut to {@code range}; {@code lines} are the
     * commands that give the same numbers in a script at this point.
     */
    public void shown(Dataset data, SampleRange range, List<CommandLine> lines) {
        if (lines.isEmpty() || !model.isCurrent(data, range)) {
            return;
        }
        if (lines.equals(lastLines) && data == lastData && range.equals(lastRange)) {
            return;
        }
        lastLines = List.copyOf(lines);
        lastData = data;
        lastRange = range;
        lines.forEach(model.commandLog()::append);
    }
}
