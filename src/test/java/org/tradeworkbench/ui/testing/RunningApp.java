package org.tradeworkbench.ui.testing;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.WorkbenchApp;

/** The real desktop app on the tests' headless stage, as a user starts it: open on the bundled sample data. */
public final class RunningApp {
    private RunningApp() {
    }

    /** Starts the app and waits until the sample data are in the workbench and the FX queue is drained. */
    public static WorkbenchApp startOnSampleData() throws Exception {
        FxToolkit.registerPrimaryStage();
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
