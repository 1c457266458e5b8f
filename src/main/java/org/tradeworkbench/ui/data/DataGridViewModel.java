package org.tradeworkbench.ui.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The data grid: which columns to show, how each value reads, validated cell edits, and the sample range
 * controls. Rows are dataset row numbers; the grid asks for text cell by cell, so a million rows cost nothing
 * until they are scrolled into view.
 */
public class DataGridViewModel {
    /** One data column of the grid. */
    public record Column(String name, boolean generated, String expression, int decimals) {
    }

    private final WorkbenchModel model;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<List<Column>> columns = new ReadOnlyObjectWrapper<>(this, "columns",
            List.of());
    private final Map<String, Integer> decimals = new HashMap<>();
    /** Decimals for every series, or -1 to let each series choose its own ({@link NumberDisplay#decimalsFor}). */
    private final javafx.beans.property.IntegerProperty decimalsOverride =
            new javafx.beans.property.SimpleIntegerProperty(this, "decimalsOverride", -1);

    public DataGridViewModel(WorkbenchModel model, Notifier notifier) {
        this.model = model;
        this.notifier = notifier;
        model.datasetProperty().addListener((obs, old, now) -> rebuild(old, now));
        decimalsOverride.addListener((obs, old, now) -> rebuild(model.dataset(), model.dataset()));
        rebuild(null, model.dataset());
    }

    public WorkbenchModel model() {
        return model;
    }

    public Dataset dataset() {
        return model.dataset();
    }

    /** The decimals the user chose for every number on screen; -1 (the default) lets each series choose. */
    public javafx.beans.property.IntegerProperty decimalsOverrideProperty() {
        return decimalsOverride;
    }

    /** The data columns in dataset order; replaced (not mutated) when the series change. */
    public ReadOnlyObjectProperty<List<Column>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public int rowCount() {
        return model.dataset().rowCount();
    }

    public String periodLabel(int row) {
        Dataset d = model.dataset();
        return row >= 0 && row < d.rowCount() ? d.index().label(row) : "";
    }

    /** Row of the period with this label, or -1. */
    public int rowOf(String periodLabel) {
        Dataset d = model.dataset();
        return org.tradeworkbench.core.data.Period.parse(periodLabel).flatMap(p -> {
            var r = d.index().rowOf(p);
            return r.isPresent() ? java.util.Optional.of(r.getAsInt()) : java.util.Optional.empty();
        }).orElse(-1);
    }

    /** The text of one cell ({@code NA} for missing), or "" when the series or row does not exist. */
    public String cellText(String series, int row) {
        Dataset d = model.dataset();
        Series s = d.find(series).orElse(null);
        if (s == null || row < 0 || row >= s.size()) {
            return "";
        }
        return NumberDisplay.format(s.get(row), decimals.getOrDefault(series, 2));
    }

    public boolean isMissing(String series, int row) {
        Series s = model.dataset().find(series).orElse(null);
        return s != null && row >= 0 && row < s.size() && Double.isNaN(s.get(row));
    }

    /** Whether the row lies inside the sample range (rows outside are shown dimmed). */
    public boolean inSample(int row) {
        int[] r = model.sampleRows();
        return r != null && row >= r[0] && row <= r[1];
    }

    /**
     * Applies a typed value as an undoable edit. Refuses, with a message to the user, text that is not a number
     * and edits of generated series (their values come from their expression). Returns whether it was applied.
     */
    public boolean commitEdit(String series, int row, String text) {
        Dataset d = model.dataset();
        try {
            Series s = d.get(series);
            String where = series + ", " + d.index().label(row);
            if (s.isGenerated()) {
                throw new DataException(series + " is generated from \"" + s.expression()
                        + "\"; edit the series it is computed from instead");
            }
            double v = CellInput.parse(text, where);
            model.editCell(series, row, v);
            return true;
        } catch (DataException e) {
            notifier.error(e.getMessage());
            model.lastMessageProperty().set(e.getMessage());
            return false;
        }
    }

    /**
     * The period a sample field names: a label as the grid shows it ({@code 2004}, {@code 2004Q1},
     * {@code 2004-01}, or the observation number of undated data), which must lie in the data.
     *
     * @throws DataException saying what was typed, the form expected and the data's first and last period
     */
    public Period parsePeriod(String text) {
        Dataset d = model.dataset();
        String t = text == null ? "" : text.trim();
        if (d.rowCount() == 0) {
            throw new DataException("there are no data to take a sample of");
        }
        var idx = d.index();
        java.util.Optional<Period> p = idx.frequency() == org.tradeworkbench.core.data.Frequency.UNDATED
                ? observation(t) : Period.parse(t);
        if (p.isEmpty() || p.get().frequency() != idx.frequency()) {
            throw new DataException("\"" + t + "\" is not a period like the data's, e.g. " + idx.start()
                    + " (" + idx.frequency().name().toLowerCase(java.util.Locale.ROOT) + " data, " + idx.start()
                    + " to " + idx.end() + ")");
        }
        if (idx.rowOf(p.get()).isEmpty()) {
            throw new DataException(p.get() + " is outside the data (" + idx.start() + " to " + idx.end() + ")");
        }
        return p.get();
    }

    private static java.util.Optional<Period> observation(String t) {
        try {
            return java.util.Optional.of(Period.undated(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Sets the sample start from typed text (blank = the first period); refused with a message when the text
     * names no period of the data or one after the sample's end. Returns whether it was applied.
     */
    public boolean setSampleFrom(String text) {
        return setSampleText(text, true);
    }

    /** Sets the sample end from typed text (blank = the last period); see {@link #setSampleFrom(String)}. */
    public boolean setSampleTo(String text) {
        return setSampleText(text, false);
    }

    private boolean setSampleText(String text, boolean start) {
        Period p;
        try {
            p = text == null || text.isBlank() ? null : parsePeriod(text);
        } catch (DataException e) {
            notifier.error("Sample " + (start ? "start" : "end") + ": " + e.getMessage());
            return false;
        }
        return start ? setSampleFrom(p) : setSampleTo(p);
    }

    /** Whether the periods before the sample's start serve as presample values for every panel. */
    public boolean usesPresample() {
        return model.presample() == org.tradeworkbench.core.data.Presample.USE;
    }

    public void setUsesPresample(boolean use) {
        model.setPresample(use ? org.tradeworkbench.core.data.Presample.USE : org.tradeworkbench.core.data.Presample.CUT);
    }

    /** Sets the sample start (null = first period); refused with a message when it is after the end. */
    public boolean setSampleFrom(Period from) {
        return setSample(from, model.sampleToProperty().get());
    }

    public boolean setSampleTo(Period to) {
        return setSample(model.sampleFromProperty().get(), to);
    }

    private boolean setSample(Period from, Period to) {
        try {
            model.setSample(from, to);
            return true;
        } catch (DataException e) {
            notifier.error(e.getMessage());
            return false;
        }
    }

    /** Resets the sample to all rows. */
    public void resetSample() {
        model.setSample(null, null);
    }

    private void rebuild(Dataset old, Dataset now) {
        List<Column> cols = new ArrayList<>();
        decimals.clear();
        for (Series s : now.series()) {
            int dec = decimalsOverride.get() >= 0 ? decimalsOverride.get() : NumberDisplay.decimalsFor(s.values());
            decimals.put(s.name(), dec);
            cols.add(new Column(s.name(), s.isGenerated(), s.expression(), dec));
        }
        if (!cols.equals(columns.get())) {
            columns.set(List.copyOf(cols));
        }
    }
}
