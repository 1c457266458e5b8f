package org.tradeworkbench.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * Binds a label to a message and its {@link Severity}: the label gets the severity's style class (see
 * {@code messages.css}) and the severity's sign before the text ("ℹ" for a hint, "⚠" for a warning,
 * "✖" for an error). The sign is part of the text rather than a graphic, because a wrapped label with a
 * graphic is measured one line short and would cut long hints.
 */
public final class MessageLabel {
    static final String STYLESHEET = MessageLabel.class.getResource("messages.css").toExternalForm();

    private MessageLabel() {
    }

    public static void bind(Label label, PanelMessage message) {
        bind(label, message.textProperty(), message.severityProperty());
    }

    public static void bind(Label label, ObservableStringValue text, ObservableValue<Severity> severity) {
        if (!label.getStylesheets().contains(STYLESHEET)) {
            label.getStylesheets().add(STYLESHEET);
        }
        label.getStyleClass().add("panel-message-label");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = text.get();
            return t == null || t.isEmpty() ? "" : severityOf(severity).badge() + "  " + t;
        }, text, severity));
        Runnable style = () -> {
            for (Severity other : Severity.values()) {
                label.getStyleClass().remove(other.styleClass());
            }
            label.getStyleClass().add(severityOf(severity).styleClass());
        };
        severity.addListener((o, a, b) -> style.run());
        style.run();
    }

    private static Severity severityOf(ObservableValue<Severity> severity) {
        return severity.getValue() == null ? Severity.HINT : severity.getValue();
    }
}
