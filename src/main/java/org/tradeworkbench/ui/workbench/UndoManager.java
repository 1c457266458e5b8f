package org.tradeworkbench.ui.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo stacks of {@link DatasetEdit}s. A new edit clears the redo stack. Holds at most {@code limit}
 * edits (the oldest is forgotten). Only the {@link WorkbenchModel} moves edits; others observe.
 */
public final class UndoManager {
    private final int limit;
    private final Deque<DatasetEdit> undo = new ArrayDeque<>();
    private final Deque<DatasetEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");

    public UndoManager(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    void push(DatasetEdit edit) {
        undo.push(edit);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** Moves the newest edit to the redo stack and returns it, or null when there is nothing to undo. */
    DatasetEdit popUndo() {
        DatasetEdit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        update();
        return e;
    }

    /** Moves the newest undone edit back to the undo stack and returns it, or null. */
    DatasetEdit popRedo() {
        DatasetEdit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        update();
        return e;
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Name of the edit that Undo would revert, empty when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
