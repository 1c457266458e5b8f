package org.tradeworkbench.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * A .xlsx workbook read through POI's event model: the sheet's XML is parsed as a stream (SAX), so a sheet of a
 * million rows needs memory for one row at a time, plus the shared strings.
 */
final class XlsxBook implements ExcelBook {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> sheets;

    private XlsxBook(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        this.date1904 = readDate1904(reader);
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                names.add(it.getSheetName());
            }
        }
        this.sheets = List.copyOf(names);
    }

    static XlsxBook open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not a readable .xlsx workbook (" + ExcelImporter.reason(e) + ")", e);
        }
        try {
            return new XlsxBook(pkg);
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw new IOException("not a readable .xlsx workbook (" + ExcelImporter.reason(e) + ")", e);
        }
    }

    @Override
    public List<String> sheets() {
        return sheets;
    }

    /** The sheet's XML, its bytes read counted against the part's size (unknown: no fraction). */
    private InputStream sheet(int index, ProgressReporter progress) throws IOException {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; it.hasNext(); i++) {
                InputStream in = it.next();
                if (i == index) {
                    long size = it.getSheetPart().getSize();
                    if (size <= 0) {
                        progress.progress(-1);
                        return new ReadProgress(cancelOnly(progress), 1, "the sheet " + sheets.get(i)).track(in);
                    }
                    return new ReadProgress(progress, size, "the sheet " + sheets.get(i)).track(in);
                }
                in.close();
            }
        } catch (OpenXML4JException e) {
            throw new IOException(ExcelImporter.reason(e), e);
        }
        throw new IOException("the workbook has no sheet " + (index + 1));
    }

    /** Without the part's size no fraction can be told; cancel still works. */
    private static ProgressReporter cancelOnly(ProgressReporter progress) {
        return new ProgressReporter() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static final Pattern MERGE = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?mergeCell\\b[^>]*?\\bref=\"([A-Za-z]{1,3}[0-9]{1,7})(?::([A-Za-z]{1,3}[0-9]{1,7}))?\"");

    /** The merged ranges, found by scanning the sheet's XML for its {@code mergeCell} elements (they come after
     * the data, so the rows would otherwise have to be held until the end). */
    @Override
    public List<SheetRows.Merge> merges(int index, ProgressReporter progress) throws IOException {
        List<SheetRows.Merge> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(sheet(index, progress), StandardCharsets.ISO_8859_1)) {
            char[] buf = new char[1 << 16];
            StringBuilder window = new StringBuilder();
            int n;
            while ((n = r.read(buf)) > 0) {
                window.append(buf, 0, n);
                Matcher m = MERGE.matcher(window);
                int consumed = 0;
                while (m.find()) {
                    CellReference a = new CellReference(m.group(1));
                    CellReference b = m.group(2) == null ? a : new CellReference(m.group(2));
                    out.add(new SheetRows.Merge(Math.min(a.getRow(), b.getRow()) + 1,
                            Math.max(a.getRow(), b.getRow()) + 1, Math.min(a.getCol(), b.getCol()) + 1,
                            Math.max(a.getCol(), b.getCol()) + 1));
                    consumed = m.end();
                }
                // Keep a tail long enough to hold an element cut by the buffer's end.
                int keep = Math.max(consumed, window.length() - 200);
                window.delete(0, Math.max(0, keep));
            }
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("a merged range cannot be read (" + ExcelImporter.reason(e) + ")", e);
        }
        return out;
    }

    @Override
    public void rows(int index, SheetRows sink, ProgressReporter progress) throws IOException {
        try (InputStream in = sheet(index, progress)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new Handler(sink));
            xml.setErrorHandler(new DefaultHandler());
            xml.parse(new InputSource(in));
        } catch (Stop e) {
            // the sink has what it wanted
        } catch (SAXException e) {
            if (e.getException() instanceof CellProblem p) {
                throw p;
            }
            throw new IOException("the sheet's XML cannot be read (" + ExcelImporter.reason(e) + ")", e);
        } catch (CancellationException e) {
            throw e;
        } catch (javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw new IOException("the sheet's XML cannot be read (" + ExcelImporter.reason(e) + ")", e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static boolean readDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] out = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setErrorHandler(new DefaultHandler());
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("workbookPr".equals(local)) {
                        String v = a.getValue("date1904");
                        out[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out[0];
    }

    /** Thrown to end the parse when the sink has seen enough rows. */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    /** A cell whose stored value does not fit its type (e.g. a number cell holding "abc"). */
    static final class CellProblem extends IOException {
        final int row;
        final int column;

        CellProblem(int row, int column, String problem) {
            super(problem);
            this.row = row;
            this.column = column;
        }
    }

    private final class Handler extends DefaultHandler {
        private final SheetRows sink;
        private final StringBuilder text = new StringBuilder();
        private List<ExcelCell> cells = new ArrayList<>();
        private int row;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;

        Handler(SheetRows sink) {
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : parseIndex(r, row + 1);
                    column = 0;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? column + 1 : columnOf(r, column + 1);
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : parseIndex(s, 0);
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "t" -> inInlineText = inInline;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> {
                    if (!sink.row(row, cells)) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private void cell() throws SAXException {
            String v = text.toString();
            text.setLength(0);
            String t = type == null ? "n" : type;
            ExcelCell c;
            switch (t) {
                case "s" -> {
                    if (v.isBlank()) {
                        return;
                    }
                    int i = parseIndex(v.trim(), -1);
                    if (i < 0 || i >= strings.getCount()) {
                        throw problem("the cell points to shared string " + v.trim() + ", which the workbook lacks");
                    }
                    c = ExcelCell.text(column, strings.getItemAt(i).getString());
                }
                case "inlineStr", "str" -> c = ExcelCell.text(column, v);
                case "b" -> c = ExcelCell.bool(column, "1".equals(v.trim()) || "true".equals(v.trim()));
                case "e" -> c = ExcelCell.error(column, v.trim());
                case "d" -> c = ExcelCell.text(column, v.trim());
                default -> {
                    if (v.isBlank()) {
                        return;
                    }
                    double d;
                    try {
                        d = Double.parseDouble(v.trim());
                    } catch (NumberFormatException e) {
                        throw problem("the number cell holds \"" + Cells.forMessage(v) + "\"");
                    }
                    c = isDate(d) ? ExcelCell.date(column, d, DateUtil.getLocalDateTime(d, date1904))
                            : ExcelCell.number(column, d);
                }
            }
            cells.add(c);
        }

        private boolean isDate(double d) {
            if (style <= 0 || style >= styles.getNumCellStyles() || !DateUtil.isValidExcelDate(d)) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(style);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }

        private SAXException problem(String what) {
            return new SAXException(new CellProblem(row, column, what));
        }
    }

    private static int parseIndex(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The 1-based column of a cell reference such as {@code C7}. */
    private static int columnOf(String ref, int fallback) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return c > 0 && c <= 16_384 ? c : fallback;
    }
}
