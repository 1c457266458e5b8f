package org.tradeworkbench.ui.main;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tradeworkbench.ui.FxPulses;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportPreviewDialog;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.ui.settings.Themes;
import org.tradeworkbench.ui.status.FxNotifier;
import org.tradeworkbench.ui.task.FxDebouncer;
import org.tradeworkbench.ui.task.FxTaskRunner;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The desktop application. Shows the window first and reads the bundled sample data in the background, so the
 * first frame appears at once.
 */
public class WorkbenchApp extends Application {
    /**
     * Quiet time a burst of input changes (typing, a held spinner) waits for before a panel re-runs; a single
     * change after a quiet spell, e.g. ticking a regressor, re-runs at once (see {@link FxDebouncer}).
     */
    public static final long DEBOUNCE_MILLIS = 200;

    private FxTaskRunner tasks;
    private WorkbenchModel model;
    private MainView view;
    private MainViewModel viewModel;
    /** Set in {@link #start}; read by the notifier and the import preview when they open a dialog. */
    private volatile Stage stage;

    public static void launchApp(String[] args) {
        timing("launch");
        JAVAFX_LOGGER.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * JavaFX warns at every start when its classes come from the class path rather than as named modules, which
     * is how a single runnable jar carries them. The warning tells a user nothing they can act on, and formatting
     * it (JavaFX's first log record) costs tens of milliseconds on the thread that starts the toolkit. Held in a
     * field: the logging framework keeps loggers only weakly, and a new one would come without the filter.
     */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from";

    /**
     * Builds the model, the view model and the main view. JavaFX calls this on its launcher thread while the FX
     * thread is idle; the theme's stylesheet, set first, is read and indexed on the FX thread in the meantime, so
     * the two largest pieces of start-up work run side by side. Nothing here touches a scene or a window, and no
     * work is sent to the FX thread that could reach the view before {@link #start} (the sample data are read from
     * there).
     */
    @Override
    public void init() {
        timing("init");
        build();
    }

    private void build() {
        if (view != null) {
            return;
        }
        // Before any control exists (see Themes).
        AppSettings settings = AppSettings.forUser();
        settings.applyTheme();
        model = new WorkbenchModel();
        tasks = new FxTaskRunner();
        FxNotifier notifier = new FxNotifier(model, () -> stage);
        WorkbenchContext ctx = new WorkbenchContext(model, tasks, new FxDebouncer(tasks, DEBOUNCE_MILLIS), notifier,
                settings);
        viewModel = new MainViewModel(ctx, ImportBackend.standard(), ImportPreviewDialog.reviewer(() -> stage));
        view = MainView.load(viewModel, tasks, consoleInterpreter());
        timing("main view built");
    }

    /**
     * The command language for the console: the command line's interpreter, registered as a service of the jar
     * ({@code META-INF/services}), since {@code ui} may not depend on {@code cli}.
     */
    private static java.util.Optional<org.tradeworkbench.core.script.ScriptInterpreter> consoleInterpreter() {
        return java.util.ServiceLoader.load(org.tradeworkbench.core.script.ScriptInterpreter.class).findFirst();
    }

    @Override
    public void start(Stage stage) {
        timing("start");
        this.stage = stage;
        // Started without init (a test calling start directly): build here.
        build();
        // Read the sample data while the window is being shown, but fill the workbench with them only once the
        // window's first frame (menus, variable list, tabs, status bar) is out: building the grid's rows and the
        // variable list's cells in that first CSS and layout pass would hold the window back by about a second.
        FirstFrameGate gate = new FirstFrameGate();
        viewModel.loadSampleData(gate::afterFirstFrame);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1400, screen.getWidth() * 0.92),
                Math.min(880, screen.getHeight() * 0.92));
        gate.watch(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(e -> {
            if (!view.confirmClose()) {
                e.consume();
            }
        });
        if (Boolean.getBoolean(TIMING_PROPERTY)) {
            reportStartupTimes(scene, model);
        }
        stage.show();
    }

    private static void timing(String what) {
        if (Boolean.getBoolean(TIMING_PROPERTY)) {
            java.time.Instant started = processStarted();
            System.err.println("startup: " + what + " after "
                    + java.time.Duration.between(started, java.time.Instant.now()).toMillis() + " ms");
        }
    }

    /**
     * When the user started the app: the start of the JVM that {@code java -jar} ran, which may have started this
     * one with the class-data archive (see {@code DesktopLaunch}).
     */
    private static java.time.Instant processStarted() {
        String launched = System.getProperty("tw.launch.started");
        if (launched != null) {
            return java.time.Instant.ofEpochMilli(Long.parseLong(launched));
        }
        return ProcessHandle.current().info().startInstant().orElse(java.time.Instant.now());
    }

    /** With {@code -Dtw.startup.timing=true}, start-up times are printed to stderr (for the benchmark notes). */
    public static final String TIMING_PROPERTY = "tw.startup.timing";

    /**
     * Prints the time from process start to the first frame, and to the first frame that shows the loaded data,
     * measured at the end of the scene's layout pulse.
     */
    private static void reportStartupTimes(Scene scene, WorkbenchModel model) {
        java.time.Instant started = processStarted();
        boolean[] done = new boolean[2];
        Runnable listener = () -> {
            long ms = java.time.Duration.between(started, java.time.Instant.now()).toMillis();
            if (!done[0]) {
                done[0] = true;
                System.err.println("startup: first frame after " + ms + " ms");
            }
            if (!done[1] && model.dataset().rowCount() > 0) {
                done[1] = true;
                // CPU time of all threads: less disturbed than wall time by other work on a shared machine.
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis)
                        .orElse(-1L);
                System.err.println("startup: cpu time at first frame with data " + cpu + " ms");
                System.err.println("startup: first frame with data after " + ms + " ms");
            }
        };
        scene.addPostLayoutPulseListener(listener);
    }

    /** Holds work back until the first layout pulse of a scene is over, then runs it on the FX thread. */
    private static final class FirstFrameGate {
        private java.util.List<Runnable> waiting = new java.util.ArrayList<>();

        void watch(Scene scene) {
            FxPulses.afterNextFrame(scene, () -> {
                java.util.List<Runnable> due = waiting;
                waiting = null;
                due.forEach(Runnable::run);
            });
        }

        void afterFirstFrame(Runnable work) {
            if (waiting != null) {
                waiting.add(work);
            } else {
                work.run();
            }
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** The settings the window follows (theme, decimals, export scale and folder). */
    public AppSettings settings() {
        return viewModel.context().settings();
    }

    /** The main view (for tests). */
    public MainView view() {
        return view;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
