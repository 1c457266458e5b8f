package org.tradeworkbench.ui.status;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The severity of the status bar's message ({@link WorkbenchModel#lastMessageProperty()}). A new message is a hint
 * (plain information) unless whoever set it says otherwise right after, as {@link FxNotifier#error} does.
 */
public final class StatusSeverity {
    private static final Map<WorkbenchModel, ObjectProperty<Severity>> SEVERITIES = new WeakHashMap<>();

    private StatusSeverity() {
    }

    public static synchronized ObjectProperty<Severity> of(WorkbenchModel model) {
        return SEVERITIES.computeIfAbsent(model, m -> {
            ObjectProperty<Severity> s = new SimpleObjectProperty<>(Severity.HINT);
            m.lastMessageProperty().addListener((o, a, b) -> s.set(Severity.HINT));
            return s;
        });
    }

    /** Sets the status bar's message and its severity. */
    public static void show(WorkbenchModel model, String message, Severity severity) {
        ObjectProperty<Severity> s = of(model);
        model.lastMessageProperty().set(message);
        s.set(severity);
    }
}
