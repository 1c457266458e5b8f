package org.tradeworkbench.ui.workbench;

import java.util.Map;
import java.util.WeakHashMap;
import org.tradeworkbench.core.commandlog.CommandLog;

/**
 * The command log of each open workbench session. A panel that changes data or runs a test appends the
 * command-line call that does the same: {@code CommandLogs.of(ctx.model()).append(CommandLine.command("adf")...)}.
 */
public final class CommandLogs {
    private static final Map<WorkbenchModel, CommandLog> LOGS = new WeakHashMap<>();

    private CommandLogs() {
    }

    public static synchronized CommandLog of(WorkbenchModel model) {
        return LOGS.computeIfAbsent(model, m -> new CommandLog());
    }
}
