package org.tradeworkbench.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tradeworkbench.ui.main.MainView;
import org.tradeworkbench.ui.main.MainViewModel;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportPreviewDialog;
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
    /** Quiet time before a panel re-runs after its inputs changed. */
    public static final long DEBOUNCE_MILLIS = 200;

    private FxTaskRunner tasks;
    private MainView view;
    private MainViewModel viewModel;

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WorkbenchModel model = new WorkbenchModel();
        tasks = new FxTaskRunner();
        FxNotifier notifier = new FxNotifier(model, () -> stage);
        WorkbenchContext ctx = new WorkbenchContext(model, tasks, new FxDebouncer(tasks, DEBOUNCE_MILLIS), notifier);
        viewModel = new MainViewModel(ctx, ImportBackend.standard(), ImportPreviewDialog.reviewer(() -> stage));
        view = MainView.load(viewModel, tasks);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1400, screen.getWidth() * 0.92),
                Math.min(880, screen.getHeight() * 0.92));
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(e -> {
            if (!view.confirmClose()) {
                e.consume();
            }
        });
        stage.show();
        viewModel.loadSampleData();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }

    /** The main view (for tests). */
    public MainView view() {
        return view;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
