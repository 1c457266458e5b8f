package org.tradeworkbench.ui.workbench;

import java.util.Objects;
import org.tradeworkbench.core.data.Dataset;

/**
 * One undoable change: the dataset before and after. Datasets are immutable and share unchanged series, so keeping
 * both states costs only the arrays that changed.
 *
 * @param name what the user sees in Edit menu, e.g. "Edit cell x 2004" or "Import trade.csv"
 */
public record DatasetEdit(String name, Dataset before, Dataset after) {
    public DatasetEdit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }
}
