package org.tradeworkbench.ui.workbench;

import org.tradeworkbench.core.commandlog.CommandLog;

/** The command log of a session; the same as {@link WorkbenchModel#commandLog()}, which new code uses. */
public final class CommandLogs {
    private CommandLogs() {
    }

    public static CommandLog of(WorkbenchModel model) {
        return model.commandLog();
    }
}
