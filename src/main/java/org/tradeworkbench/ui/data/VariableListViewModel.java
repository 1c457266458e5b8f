package org.tradeworkbench.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The variable list: one row per series with its span and missing count, the checked variables (shared with every
 * panel through {@link WorkbenchModel#selectedVariables()}), and the rename and delete actions.
 */
public class VariableListViewModel {
    private final WorkbenchModel model;
    private final Notifier notifier;
    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList();

    public VariableListViewModel(WorkbenchModel model, Notifier notifier) {
        this.model = model;
        this.notifier = notifier;
        model.datasetProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(model.dataset());
    }

    public ObservableList<VariableRow> rows() {
        return rows;
    }

    /** The checked variable names (the shared selection). */
    public ObservableList<String> checked() {
        return model.selectedVariables();
    }

    public void setChecked(String name, boolean on) {
        ObservableList<String> sel = model.selectedVariables();
        if (on && !sel.contains(name)) {
            // Keep dataset order so that panels list them as the data do.
            List<String> order = model.dataset().seriesNames();
            int pos = 0;
            int target = order.indexOf(name);
            while (pos < sel.size() && order.indexOf(sel.get(pos)) < target) {
                pos++;
            }
            sel.add(pos, name);
        } else if (!on) {
            sel.remove(name);
        }
    }

    /** Renames a series (undoable); refuses an empty or taken name with a message. */
    public boolean rename(String oldName, String newName) {
        String n = newName == null ? "" : newName.trim();
        try {
            if (n.isEmpty()) {
                throw new DataException("a series needs a name");
            }
            if (n.equals(oldName)) {
                return false;
            }
            model.renameSeries(oldName, n);
            return true;
        } catch (DataException e) {
            notifier.error(e.getMessage());
            return false;
        }
    }

    /** Deletes series (one undoable edit); refused with a message when a generated series needs one. */
    public boolean delete(List<String> names) {
        try {
            model.deleteSeries(names);
            return !names.isEmpty();
        } catch (DataException e) {
            notifier.error(e.getMessage());
            return false;
        }
    }

    /**
     * Adds a generated series typed as {@code name = expression}. A bad definition is refused with a message
     * (for a bad expression, naming the character position) and the text stays for correction.
     */
    public boolean addGenerated(String definition) {
        try {
            String name = model.addGenerated(definition);
            model.lastMessageProperty().set("Added " + name);
            return true;
        } catch (DataException e) {
            notifier.error(e.getMessage());
            return false;
        }
    }

    private void rebuild(Dataset d) {
        List<VariableRow> out = new ArrayList<>();
        for (Series s : d.series()) {
            int[] span = s.span();
            String spanText = span == null ? "no values"
                    : d.index().label(span[0]) + " \u2013 " + d.index().label(span[1]);
            out.add(new VariableRow(s.name(), spanText, s.missingCount(), s.expression()));
        }
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
    }
}
