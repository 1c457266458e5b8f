package org.tradeworkbench;

import org.tradeworkbench.cli.Cli;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: with no arguments it starts the
 * desktop app, with a command it runs headless and never touches the FX toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            var exitCode = DesktopLaunch.inArchivedJvm();
            if (exitCode.isPresent()) {
                System.exit(exitCode.get());
            }
            // Loaded by name so the headless commands never load JavaFX classes.
            Class.forName("org.tradeworkbench.ui.main.WorkbenchApp").getMethod("launchApp", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
