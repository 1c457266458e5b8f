package org.tradeworkbench.ui.workbench;

import java.util.ArrayList;
import java.util.List;

/** A {@link Notifier} that keeps what it was told, for tests and for headless runs. */
public final class RecordingNotifier implements Notifier {
    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        infos.add(message);
    }

    @Override
    public synchronized void error(String message) {
        errors.add(message);
    }

    public synchronized List<String> infos() {
        return List.copyOf(infos);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized String lastError() {
        return errors.isEmpty() ? null : errors.get(errors.size() - 1);
    }
}
