package org.tradeworkbench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes real CSV files (the bundled sample data, the shared raw Census download) into workbooks with POI, as a
 * spreadsheet user would have them: numbers as numbers, periods as text or as Excel dates, optionally a title row
 * above the header and a merged header cell.
 */
public final class ExcelWorkbooks {
    private ExcelWorkbooks() {
    }

    public enum Kind { XLSX, XLS, XLSX_STREAMED }

    /** How the sheet is laid out. */
    public record Layout(String title, boolean periodsAsDates, String mergedGroup) {
        public static final Layout PLAIN = new Layout(null, false, null);
    }

    public static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(splitCsv(line));
        }
        return rows;
    }

    /** Splits one CSV line with double-quoted fields (the files used here have no line breaks inside fields). */
    public static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out.toArray(new String[0]);
    }

    public static Workbook create(Kind kind) {
        return switch (kind) {
            case XLSX -> new XSSFWorkbook();
            case XLS -> new HSSFWorkbook();
            case XLSX_STREAMED -> new SXSSFWorkbook(100);
        };
    }

    /** Fills a new sheet with the CSV's rows: numeric texts as numbers, the first column's periods as dates
     * (first day of the month or year) when asked. Returns the sheet row (1-based) of the header. */
    public static int fill(Workbook wb, String sheetName, List<String[]> rows, Layout layout) {
        Sheet sheet = wb.createSheet(sheetName);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        int r = 0;
        if (layout.title() != null) {
            sheet.createRow(r++).createCell(0).setCellValue(layout.title());
            r++; // a blank row under the title
        }
        int headerRow = r + 1;
        for (int i = 0; i < rows.size(); i++) {
            String[] fields = rows.get(i);
            Row row = sheet.createRow(r++);
            for (int j = 0; j < fields.length; j++) {
                String t = fields[j];
                if (t.isEmpty()) {
                    continue;
                }
                Cell c = row.createCell(j);
                if (i > 0 && j == 0 && layout.periodsAsDates()) {
                    c.setCellValue(LocalDate.parse(t.length() == 4 ? t + "-01-01" : t + "-01"));
                    c.setCellStyle(dateStyle);
                } else if (i > 0 && isNumber(t)) {
                    c.setCellValue(Double.parseDouble(t));
                } else {
                    c.setCellValue(t);
                }
            }
        }
        if (layout.mergedGroup() != null) {
            // The header's second and third names replaced by one merged cell over both.
            Row h = sheet.getRow(headerRow - 1);
            h.getCell(1).setCellValue(layout.mergedGroup());
            h.removeCell(h.getCell(2));
            sheet.addMergedRegion(new CellRangeAddress(headerRow - 1, headerRow - 1, 1, 2));
        }
        return headerRow;
    }

    static boolean isNumber(String t) {
        try {
            Double.parseDouble(t);
            // Codes with leading zeros (Census CTY_CODE 0015) stay texts, as spreadsheets keep them.
            return !t.isBlank() && !(t.length() > 1 && t.charAt(0) == '0' && t.charAt(1) != '.') && Character.isDigit(t.charAt(t.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        if (wb instanceof SXSSFWorkbook s) {
            s.dispose();
        }
        wb.close();
        return file;
    }

    public static Path of(Path csv, Path target, Kind kind, Layout layout) throws IOException {
        Workbook wb = create(kind);
        fill(wb, "Sheet1", csv(csv), layout);
        return write(wb, target);
    }
}
