package org.tradeworkbench.ui.status;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * Binds a label to a message and its {@link Severity}: the label gets the severity's style class (see
 * {@code messages.css}) and a round badge ("i" for a hint, "!" for a warning, "×" for an error) as its graphic.
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
        label.textProperty().bind(text);
        Label badge = new Label();
        badge.getStyleClass().add("message-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        Runnable show = () -> {
            Severity s = severity.getValue() == null ? Severity.HINT : severity.getValue();
            for (Severity other : Severity.values()) {
                label.getStyleClass().remove(other.styleClass());
            }
            label.getStyleClass().add(s.styleClass());
            badge.setText(s.badge());
            String t = text.get();
            label.setGraphic(t == null || t.isEmpty() ? null : badge);
        };
        severity.addListener((o, a, b) -> show.run());
        text.addListener((o, a, b) -> show.run());
        show.run();
    }
}
