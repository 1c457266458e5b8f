package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 * The import of a large file (text, .xlsx, .xls) through the task runner: its progress reaches the runner's handle (what the status
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

    /** A big file of each kind the import reads in steps: text, a streamed .xlsx and a .xls (65,536 rows at most). */
    enum Kind {
        CSV("big.csv", 400_000), XLSX("big.xlsx", 100_000), XLS("big.xls", 60_000);

        final String name;
        final int rows;

        Kind(String name, int rows) {
            this.name = name;
            this.rows = rows;
        }
    }

    /** Written once for the whole class: a streamed workbook of 100,000 rows takes seconds to write. */
    @TempDir
    static Path files;

    private static final java.util.Map<Kind, Path> WRITTEN = new java.util.EnumMap<>(Kind.class);

    private static synchronized Path bigFile(Path unused, Kind kind) throws Exception {
        Path written = WRITTEN.get(kind);
        if (written == null) {
            written = write(files, kind);
            WRITTEN.put(kind, written);
        }
        return written;
    }

    private static Path write(Path dir, Kind kind) throws Exception {
        Path f = dir.resolve(kind.name);
        if (kind == Kind.CSV) {
            StringBuilder sb = new StringBuilder("obs,x,y\n");
            for (int i = 1; i <= kind.rows; i++) {
                sb.append(i).append(',').append(i % 97).append(".25,").append(i % 13).append('\n');
            }
            Files.writeString(f, sb);
            return f;
        }
        try (Workbook wb = kind == Kind.XLSX ? new SXSSFWorkbook(100) : new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(f)) {
            Sheet sheet = wb.createSheet("data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("obs");
            header.createCell(1).setCellValue("x");
            header.createCell(2).setCellValue("y");
            for (int i = 1; i <= kind.rows; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(i % 97 + 0.25);
                r.createCell(2).setCellValue(i % 13);
            }
            wb.write(out);
        }
        return f;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBigImportReportsProgressRisingToOne(Kind kind, @TempDir Path dir) throws Exception {
        CancellingRunner runner = new CancellingRunner(2);
        MainViewModel vm = vm(runner);
        vm.importFiles(List.of(bigFile(dir, kind)), ImportMode.REPLACE);
        assertThat(notifier.errors()).isEmpty();
        assertThat(model.dataset().rowCount()).isEqualTo(kind.rows);
        assertThat(runner.readProgress).hasSizeGreaterThan(2).isSorted();
        assertThat(runner.readProgress.get(runner.readProgress.size() - 1)).isEqualTo(1.0);
        if (kind != Kind.CSV) {
            // A workbook's sheet is read (to 60 %) and then its text (the rest), each with a known fraction; a
            // .xlsx is first scanned for merged ranges (to 10 %), and its text is long enough to report on.
            assertThat(runner.readProgress).noneMatch(p -> p < 0).anyMatch(p -> p > 0.1 && p < 0.6);
        }
        if (kind == Kind.XLSX) {
            assertThat(runner.readProgress).anyMatch(p -> p > 0 && p < 0.1).anyMatch(p -> p > 0.6 && p < 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void cancellingABigImportMidwayLeavesTheWorkbenchAsItWas(Kind kind, @TempDir Path dir) throws Exception {
        double cancelAt = kind == Kind.CSV ? 0.4 : 0.3;
        CancellingRunner runner = new CancellingRunner(cancelAt);
        MainViewModel vm = vm(runner);
        vm.loadSampleData();
        Dataset before = model.dataset();
        int undo = model.undoManager().undoSize();
        vm.importFiles(List.of(bigFile(dir, kind)), ImportMode.REPLACE);
        assertThat(model.dataset()).isSameAs(before);
        assertThat(model.undoManager().undoSize()).isEqualTo(undo);
        assertThat(notifier.errors()).isEmpty();
        assertThat(model.lastMessageProperty().get())
                .isEqualTo("Import cancelled: " + kind.name + " not read; the data are unchanged");
        double last = runner.readProgress.get(runner.readProgress.size() - 1);
        // Cancelled while the sheet itself was read for a workbook: before its text was.
        assertThat(last).isGreaterThanOrEqualTo(cancelAt).isLessThan(kind == Kind.CSV ? 1.0 : 0.6);
    }

    @Test
    void aWorkbookCancelledWhileItsSheetIsReadLeavesNoTemporaryText(@TempDir Path dir) throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path file = bigFile(dir, Kind.XLSX);
        List<Path> before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("tw-sheet")).toList();
        }
        CancellingRunner runner = new CancellingRunner(0.3);
        vm(runner).importFiles(List.of(file), ImportMode.REPLACE);
        try (var s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("tw-sheet"))
                    .filter(p -> !before.contains(p)).toList()).isEmpty();
        }
    }
}
