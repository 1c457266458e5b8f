package org.tradeworkbench.core.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tradeworkbench.core.commandlog.CommandLine;

/**
 * Runs one line of the command language against a {@link ScriptSession}: the one interpreter behind the CLI's
 * {@code run-script} and the desktop console, so a line prints the same text and changes the data the same way
 * in both. A failing line leaves the session's data as it was and says why in one line.
 */
public interface ScriptInterpreter {
    /** What a line printed; {@code error} is the one-line message of a failed line (empty on success). */
    record Outcome(int status, String output, String error) {
        public Outcome {
            Objects.requireNonNull(output);
            Objects.requireNonNull(error);
        }

        public boolean succeeded() {
            return status == 0;
        }
    }

    Outcome execute(CommandLine line, ScriptSession session);

    /** The command names a line may start with, in the order the help lists them. */
    List<String> commandNames();

    /**
     * The options of {@code command}, in the order {@code help COMMAND} lists them and from the same definitions;
     * empty when there is no such command.
     */
    Optional<List<CommandOption>> options(String command);
}
