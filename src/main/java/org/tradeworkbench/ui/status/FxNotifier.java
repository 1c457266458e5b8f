package org.tradeworkbench.ui.status;

import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.tradeworkbench.ui.workbench.Notifier;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * Shows messages as ControlsFX notifications at the bottom right of the main window, and puts the latest one in
 * the status bar. Call on the FX thread (the task runner delivers failures there).
 */
public final class FxNotifier implements Notifier {
    private final WorkbenchModel model;
    private final Supplier<Window> owner;

    public FxNotifier(WorkbenchModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    @Override
    public void info(String message) {
        model.showMessage(message, false);
        notification("Trade Workbench", message, Duration.seconds(4)).showInformation();
    }

    @Override
    public void error(String message) {
        model.showMessage(message, true);
        notification("Problem", message, Duration.seconds(10)).showError();
    }

    private Notifications notification(String title, String text, Duration hide) {
        Notifications n = Notifications.create().title(title).text(wrap(text)).hideAfter(hide);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            n.owner(w);
        }
        return n;
    }

    /** Breaks long messages into lines so the popup stays narrow. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + word.length() > 70) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
