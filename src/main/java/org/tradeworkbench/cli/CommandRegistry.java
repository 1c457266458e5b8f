package org.tradeworkbench.cli;

import java.util.List;

/** The list of commands. Each feature adds its command here, one line each. */
final class CommandRegistry {
    private CommandRegistry() {
    }

    static List<Command> all() {
        List<Command> list = new java.util.ArrayList<>(List.of(
                new ReplicateCommand(),
                new AdfCommand(),
                new KpssCommand(),
                new ZaCommand(),
                new PpCommand(),
                new DfGlsCommand(),
                new RunScriptCommand(),
                new FigureCommand(),
                new OlsCommand(),
                new GrangerCommand(),
                new CausalityCommand(),
                new TabsCommand(),
                new EngleGrangerCommand(),
                new JohansenCommand(),
                new ArdlCommand(),
                new PhillipsOuliarisCommand(),
                new VarSelectCommand(),
                new VarCommand(),
                new IrfCommand(),
                new FevdCommand(),
                new TodaYamamotoCommand(),
                new VecmCommand(),
                new MethodsCheckCommand(),
                new BenchCommand(),
                new ExportAllCommand(),
                new FetchCommand()
        ));
        list.addAll(ScriptDataCommands.all());
        return List.copyOf(list);
    }
}
