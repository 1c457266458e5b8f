package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An open workbook: its sheets, their merged ranges and their rows in order. */
interface ExcelBook extends AutoCloseable {
    List<String> sheets();

    List<SheetRows.Merge> merges(int sheet) throws IOException;

    /** Streams the rows of the sheet (0-based index) to {@code sink} until it returns false. */
    void rows(int sheet, SheetRows sink) throws IOException;

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
