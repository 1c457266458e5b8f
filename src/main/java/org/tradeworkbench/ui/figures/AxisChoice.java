package org.tradeworkbench.ui.figures;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One variable of the general chart and whether it is measured on the right value axis. */
public final class AxisChoice {
    private final String variable;
    private final BooleanProperty right = new SimpleBooleanProperty(this, "right", false);

    AxisChoice(String variable, boolean onRight) {
        this.variable = variable;
        right.set(onRight);
    }

    public String variable() {
        return variable;
    }

    public BooleanProperty rightProperty() {
        return right;
    }
}
