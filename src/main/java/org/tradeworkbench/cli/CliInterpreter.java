package org.tradeworkbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.script.CommandOption;
import org.tradeworkbench.core.script.ScriptInterpreter;
import org.tradeworkbench.core.script.ScriptSession;

/** The command language as the CLI's commands implement it; the app hands it to the console as a core interface. */
public final class CliInterpreter implements ScriptInterpreter {
    @Override
    public Outcome execute(CommandLine line, ScriptSession session) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            status = Cli.run(line.toArray(), out, err, session);
        }
        return new Outcome(status, outBytes.toString(StandardCharsets.UTF_8),
                errBytes.toString(StandardCharsets.UTF_8).trim());
    }

    @Override
    public List<String> commandNames() {
        return Cli.commands().stream().map(Command::name).toList();
    }

    /** The options {@code help COMMAND} lists, from the command's own usage line and flags. */
    @Override
    public Optional<List<CommandOption>> options(String command) {
        return Cli.commands().stream().filter(c -> c.name().equals(command)).findFirst().map(CommandHelp::options);
    }
}
