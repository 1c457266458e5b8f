package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.tradeworkbench.core.task.ProgressReporter;

/** A .xls (BIFF8) workbook read whole through POI's HSSF (the format holds at most 65,536 rows a sheet). */
final class XlsBook implements ExcelBook {
    /** The workbook is in memory already; a report (and a look at cancel) every this many rows is cheap. */
    private static final int ROWS_PER_REPORT = 1000;

    private final HSSFWorkbook book;
    private final List<String> sheets;

    private XlsBook(HSSFWorkbook book) {
        this.book = book;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            names.add(book.getSheetName(i));
        }
        this.sheets = List.copyOf(names);
    }

    static XlsBook open(Path file) throws IOException {
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            try {
                return new XlsBook(new HSSFWorkbook(fs.getRoot(), false));
            } finally {
                fs.close();
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a readable .xls workbook (" + ExcelImporter.reason(e) + ")", e);
        }
    }

    @Override
    public List<String> sheets() {
        return sheets;
    }

    @Override
    public List<SheetRows.Merge> merges(int index, ProgressReporter progress) {
        List<SheetRows.Merge> out = new ArrayList<>();
        for (CellRangeAddress r : book.getSheetAt(index).getMergedRegions()) {
            out.add(new SheetRows.Merge(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn() + 1,
                    r.getLastColumn() + 1));
        }
        return out;
    }

    @Override
    public void rows(int index, SheetRows sink, ProgressReporter progress) throws IOException {
        Sheet sheet = book.getSheetAt(index);
        double rows = sheet.getLastRowNum() + 1.0;
        int seen = 0;
        try {
            for (Row r : sheet) {
                if (++seen % ROWS_PER_REPORT == 0) {
                    if (progress.isCancelled()) {
                        throw new CancellationException("the import of the sheet " + sheets.get(index)
                                + " was cancelled");
                    }
                    progress.progress(Math.min(1, (r.getRowNum() + 1) / rows));
                }
                List<ExcelCell> cells = new ArrayList<>();
                for (Cell c : r) {
                    ExcelCell e = cell(c);
                    if (e != null) {
                        cells.add(e);
                    }
                }
                if (!sink.row(r.getRowNum() + 1, cells)) {
                    return;
                }
            }
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("the sheet cannot be read (" + ExcelImporter.reason(e) + ")", e);
        }
    }

    private static ExcelCell cell(Cell c) {
        int col = c.getColumnIndex() + 1;
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> {
                double v = c.getNumericCellValue();
                yield DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(v)
                        ? ExcelCell.date(col, v, c.getLocalDateTimeCellValue()) : ExcelCell.number(col, v);
            }
            case STRING -> ExcelCell.text(col, c.getStringCellValue());
            case BOOLEAN -> ExcelCell.bool(col, c.getBooleanCellValue());
            case ERROR -> ExcelCell.error(col, errorCode(c.getErrorCellValue()));
            default -> null;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
