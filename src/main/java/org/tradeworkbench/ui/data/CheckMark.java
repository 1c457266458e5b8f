package org.tradeworkbench.ui.data;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A check box for list cells: the theme's {@code .check-box > .box > .mark} styles on three plain panes instead of a
 * {@code CheckBox} control. The variable list shows one per variable; a control's skin, text node and key bindings
 * for each made the list the costliest part of the frame that first shows the data. A click on it toggles it
 * without selecting the row, as a check box in a cell does; screen readers see a check box.
 */
final class CheckMark extends StackPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SELECTED, get());
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        }
    };

    CheckMark() {
        getStyleClass().add("check-box");
        StackPane mark = new StackPane();
        mark.getStyleClass().add("mark");
        StackPane box = new StackPane(mark);
        box.getStyleClass().add("box");
        getChildren().add(box);
        // As a control would: never stretched by the row around it.
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAccessibleRole(AccessibleRole.CHECK_BOX);
        addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && contains(e.getX(), e.getY())) {
                toggle();
            }
            e.consume();
        });
    }

    BooleanProperty selectedProperty() {
        return selected;
    }

    boolean isSelected() {
        return selected.get();
    }

    void toggle() {
        selected.set(!selected.get());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected.get()
                : super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            toggle();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
