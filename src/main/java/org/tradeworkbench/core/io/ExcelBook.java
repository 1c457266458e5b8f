package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.task.ProgressReporter;

/** An open workbook: its sheets, their merged ranges and their rows in order. */
interface ExcelBook extends AutoCloseable {
    List<String> sheets();

    /** The merged ranges of the sheet, reporting how far the scan got to {@code progress} and stopping with a
     * {@link java.util.concurrent.CancellationException} once it is cancelled. */
    List<SheetRows.Merge> merges(int sheet, ProgressReporter progress) throws IOException;

    /** Streams the rows of the sheet (0-based index) to {@code sink} until it returns false, reporting progress
     * and stopping on cancel as {@link #merges}. */
    void rows(int sheet, SheetRows sink, ProgressReporter progress) throws IOException;

    @Override
    void close() throws IOException;

    /** Opens a .xlsx (streamed) or .xls workbook, told apart by the file's first bytes. */
    static ExcelBook open(Path file) throws IOException {
        return switch (ExcelFiles.kind(file)) {
            case XLSX -> XlsxBook.open(file);
            case XLS -> XlsBook.open(file);
            default -> throw new IOException("not an Excel workbook");
        };
    }
}
