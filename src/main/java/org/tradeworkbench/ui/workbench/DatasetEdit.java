package org.tradeworkbench.ui.workbench;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Dataset;

/**
 * One undoable change: the dataset before and after. Datasets are immutable and share unchanged series, so keeping
 * both states costs only the arrays that changed.
 *
 * @param name     what the user sees in Edit menu, e.g. "Edit cell x 2004" or "Import trade.csv"
 * @param commands the data commands the edit appended to the command log (undo and redo log their number)
 */
public record DatasetEdit(String name, Dataset before, Dataset after, List<CommandLine> commands) {
    public DatasetEdit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        commands = List.copyOf(commands);
    }

    public DatasetEdit(String name, Dataset before, Dataset after) {
        this(name, before, after, List.of());
    }
}
