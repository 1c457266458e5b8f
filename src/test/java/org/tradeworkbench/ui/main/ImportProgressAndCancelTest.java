package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.task.BackgroundWork;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.Debouncer;
import org.tradeworkbench.core.task.TaskHandle;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * The import of a large file through the task runner: its progress reaches the runner's handle (what the status
 * bar shows) and rises to 1; cancelling it mid-way (as the status bar's cancel button does) stops the read and
 * leaves the open workbench as it was, with a message saying so.
 */
class ImportProgressAndCancelTest {
    private final WorkbenchModel model = new WorkbenchModel();
    private final RecordingNotifier notifier = new RecordingNotifier();

    /** Runs jobs on the calling thread; the file read is cancelled once its progress passes {@code cancelAt}. */
    private static final class CancellingRunner implements TaskRunner {
        final SameThreadTaskRunner inner = new SameThreadTaskRunner();
        final double cancelAt;
        final List<Double> readProgress = new ArrayList<>();

        CancellingRunner(double cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            return run(title, work, onSuccess, onFailure, () -> { });
        }

        @Override
        public <T> Cancellable run(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure, Runnable onCancelled) {
            if (!title.startsWith("Reading")) {
                return inner.run(title, work, onSuccess, onFailure, onCancelled);
            }
            TaskHandle handle = new TaskHandle(title) {
                @Override
                public void progress(double fraction) {
                    super.progress(fraction);
                    readProgress.add(fraction);
                    if (fraction >= cancelAt) {
                        cancel();
                    }
                }
            };
            T result;
            try {
                result = work.run(handle);
            } catch (Throwable t) {
                if (handle.finish()) {
                    onFailure.accept(t);
                } else {
                    onCancelled.run();
                }
                return handle;
            }
            if (handle.finish()) {
                onSuccess.accept(result);
            } else {
                onCancelled.run();
            }
            return handle;
        }
    }

    private MainViewModel vm(CancellingRunner runner) {
        WorkbenchContext ctx = new WorkbenchContext(model, runner, Debouncer.immediate(runner), notifier,
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        return new MainViewModel(ctx, ImportBackend.standard(), ImportReviewer.acceptAll());
    }

    private static Path bigFile(Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("obs,x,y\n");
        for (int i = 1; i <= 400_000; i++) {
            sb.append(i).append(',').append(i % 97).append(".25,").append(i % 13).append('\n');
        }
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void aBigImportReportsProgressRisingToOne(@TempDir Path dir) throws Exception {
        CancellingRunner runner = new CancellingRunner(2);
        MainViewModel vm = vm(runner);
        vm.importFiles(List.of(bigFile(dir)), ImportMode.REPLACE);
        assertThat(notifier.errors()).isEmpty();
        assertThat(model.dataset().rowCount()).isEqualTo(400_000);
        assertThat(runner.readProgress).hasSizeGreaterThan(2).isSorted();
        assertThat(runner.readProgress.get(runner.readProgress.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void cancellingABigImportMidwayLeavesTheWorkbenchAsItWas(@TempDir Path dir) throws Exception {
        CancellingRunner runner = new CancellingRunner(0.4);
        MainViewModel vm = vm(runner);
        vm.loadSampleData();
        Dataset before = model.dataset();
        int undo = model.undoManager().undoSize();
        vm.importFiles(List.of(bigFile(dir)), ImportMode.REPLACE);
        assertThat(model.dataset()).isSameAs(before);
        assertThat(model.undoManager().undoSize()).isEqualTo(undo);
        assertThat(notifier.errors()).isEmpty();
        assertThat(model.lastMessageProperty().get())
                .isEqualTo("Import cancelled: big.csv not read; the data are unchanged");
        double last = runner.readProgress.get(runner.readProgress.size() - 1);
        assertThat(last).isGreaterThanOrEqualTo(0.4).isLessThan(1.0);
    }
}
