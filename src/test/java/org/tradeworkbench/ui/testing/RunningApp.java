package org.tradeworkbench.ui.testing;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.main.WorkbenchApp;

/** The real desktop app on the tests' headless stage, as a user starts it: open on the bundled sample data. */
public final class RunningApp {
    private RunningApp() {
    }

    /** Starts the app and waits until the sample data are in the workbench and the FX queue is drained. */
    public static WorkbenchApp startOnSampleData() throws Exception {
        // The app restores the last window size, which the tests' preferences keep across test classes and runs;
        // a test that left the window at its minimum would leave later tests' controls off screen.
        java.util.prefs.Preferences window = org.tradeworkbench.core.workbench.AppPreferences.node("window");
        window.clear();
        window.flush();
        // And with the console docked, its window at its default size, as on a first start.
        org.tradeworkbench.core.workbench.AppPreferences.node("console-window").clear();
        org.tradeworkbench.core.workbench.UserPreferences.forUser().setConsoleDetached(false);
        // The tests share one primary stage: start each app from the size the app opens with on this screen.
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1400);
            stage.setHeight(880);
        });
        WorkbenchApp app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.viewModel().model().dataset().rowCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    public static void stop(WorkbenchApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
