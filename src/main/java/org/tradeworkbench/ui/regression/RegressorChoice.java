package org.tradeworkbench.ui.regression;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One candidate regressor: a series of the data or a typed expression, whether it is in the model, and how many
 * of its lags enter besides its current value (0..{@value #MAX_LAGS}).
 */
public final class RegressorChoice {
    public static final int MAX_LAGS = 4;

    private final String expression;
    private final boolean typed;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", false);
    private final IntegerProperty lags = new SimpleIntegerProperty(this, "lags", 0);

    public RegressorChoice(String expression, boolean typed) {
        this.expression = expression;
        this.typed = typed;
    }

    /** The series name or expression. */
    public String expression() {
        return expression;
    }

    /** Typed by the user (and removable), rather than a series of the data. */
    public boolean isTyped() {
        return typed;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** Lags 1..n of the regressor added to its current value. */
    public IntegerProperty lagsProperty() {
        return lags;
    }

    @Override
    public String toString() {
        return expression;
    }
}
