package org.tradeworkbench.ui.status;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A message a view model shows above its results, with its {@link Severity}. Holds no {@code Node}; the view binds
 * a label to it with {@link MessageLabel}. The severity is set before the text, so whoever listens to the text
 * reads the matching severity.
 */
public final class PanelMessage {
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyObjectWrapper<Severity> severity;

    public PanelMessage(Object bean, String name) {
        text = new ReadOnlyStringWrapper(bean, name, "");
        severity = new ReadOnlyObjectWrapper<>(bean, name + "Severity", Severity.HINT);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public Severity severity() {
        return severity.get();
    }

    public void set(String message, Severity s) {
        severity.set(s);
        text.set(message == null ? "" : message);
    }

    /** What to do next, or what the data lack. */
    public void hint(String message) {
        set(message, Severity.HINT);
    }

    /** Part of the result is missing. */
    public void warning(String message) {
        set(message, Severity.WARNING);
    }

    /** What the user asked for failed. */
    public void error(String message) {
        set(message, Severity.ERROR);
    }

    public void clear() {
        set("", Severity.HINT);
    }
}
