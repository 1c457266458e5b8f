package org.tradeworkbench.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells workbooks from text files: by the name's ending and, to be sure, by the first bytes. */
public final class ExcelFiles {
    private ExcelFiles() {
    }

    enum Kind { XLSX, XLS, NONE }

    /** Whether the file is named as a workbook (.xlsx, .xlsm, .xls); such a file is read as one. */
    public static boolean isWorkbookName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /** The workbook kind from the first bytes: a ZIP container (.xlsx) or an OLE2 compound file (.xls). */
    static Kind kind(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
                && head[6] == 0x1A && (head[7] & 0xFF) == 0xE1) {
            return Kind.XLS;
        }
        return Kind.NONE;
    }

    /** Whether the file is an Excel workbook, by name or by content. */
    public static boolean isWorkbook(Path file) {
        if (isWorkbookName(file)) {
            return true;
        }
        try {
            return Files.isRegularFile(file) && kind(file) != Kind.NONE;
        } catch (IOException e) {
            return false;
        }
    }
}
