package org.tradeworkbench.ui.figures;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tradeworkbench.core.figures.SeriesSlot;

/** One series picker of a figure: its label and the chosen column ({@link FiguresViewModel#NONE} for none). */
public final class SlotChoice {
    private final SeriesSlot slot;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column", FiguresViewModel.NONE);

    SlotChoice(SeriesSlot slot) {
        this.slot = slot;
    }

    public String key() {
        return slot.key();
    }

    public String label() {
        return slot.label();
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }
}
