package org.tradeworkbench.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradeworkbench.core.data.Period;

/**
 * Writes a sheet's rows as a CSV text that the table importers read, row by row: the first rows are held until
 * the header row and the date convention of each column are decided, the rest go straight through. Merged
 * ranges in those first rows are filled with their top-left value, so a header merged over several columns
 * names each of them. Blank rows are left out; {@link #rowOfLine} maps each written line back to its row.
 */
final class SheetTranscoder implements SheetRows {
    /** Rows held before the layout is decided. */
    static final int HEAD = 50;

    enum DateRule { YEAR, QUARTER, MONTH, DAY }

    private record HeldRow(int row, Map<Integer, ExcelCell> cells) {
    }

    private final BufferedWriter out;
    private final List<SheetRows.Merge> merges;
    private final Integer headerRowChoice;
    private final Boolean headerChoice;
    private final int maxDataRows;
    private final List<HeldRow> held = new ArrayList<>();
    private final Map<Integer, DateRule> dateRules = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int[] rows = new int[1024];
    private int lines;
    private int dataRows;
    private int width;
    private boolean decided;
    private int headerRow;
    private boolean header;
    private int skippedNotes;
    private int firstSkippedNote;

    /**
     * @param headerRowChoice the user's header row (1-based) or null to detect it
     * @param headerChoice    false: no header row, the data start at the first row (or the chosen one)
     * @param maxDataRows     stop after this many data rows (a preview), or {@link Integer#MAX_VALUE}
     */
    SheetTranscoder(BufferedWriter out, List<SheetRows.Merge> merges, Integer headerRowChoice, Boolean headerChoice,
                    int maxDataRows) {
        this.out = out;
        this.merges = merges;
        this.headerRowChoice = headerRowChoice;
        this.headerChoice = headerChoice;
        this.maxDataRows = maxDataRows;
    }

    @Override
    public boolean row(int row, List<ExcelCell> cells) {
        Map<Integer, ExcelCell> m = new HashMap<>();
        for (ExcelCell c : cells) {
            if (!c.isBlank()) {
                m.put(c.column(), c);
            }
        }
        if (!decided) {
            if (!m.isEmpty() || !merges.isEmpty()) {
                held.add(new HeldRow(row, m));
            }
            if (held.size() >= HEAD) {
                decide();
            }
            return true;
        }
        return write(row, m);
    }

    /** Decides the layout if the sheet ended within the first rows; then flushes the writer. */
    void finish() throws IOException {
        if (!decided) {
            decide();
        }
        if (skippedNotes > 0) {
            notes.add(skippedNotes == 1 ? "row " + firstSkippedNote + " holds a single remark and is left out"
                    : skippedNotes + " rows holding a single remark are left out, the first row " + firstSkippedNote);
        }
        out.flush();
    }

    private void decide() {
        decided = true;
        fillMerges();
        held.removeIf(h -> h.cells.isEmpty());
        int start;
        if (headerRowChoice != null) {
            headerRow = headerRowChoice;
            header = !Boolean.FALSE.equals(headerChoice);
            start = headerRow;
        } else if (Boolean.FALSE.equals(headerChoice)) {
            header = false;
            start = held.isEmpty() ? 1 : held.get(0).row;
        } else {
            int h = detectHeader();
            header = h > 0;
            headerRow = h;
            start = h > 0 ? h : held.isEmpty() ? 1 : held.get(0).row;
        }
        List<HeldRow> kept = new ArrayList<>();
        int skipped = 0;
        for (HeldRow r : held) {
            if (r.row >= start) {
                kept.add(r);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            notes.add((skipped == 1 ? "1 row" : skipped + " rows") + " above row " + start + " left out");
        }
        if (header && !kept.isEmpty() && kept.get(0).row == headerRow) {
            width = lastColumn(kept.get(0).cells);
        }
        decideDateRules(kept);
        for (HeldRow r : kept) {
            if (!write(r.row, r.cells)) {
                break;
            }
        }
        held.clear();
    }

    /** The first row of two or more distinct non-empty cells, at least one a text, that is not followed by a
     * wider row (a row of group labels above the header is). 0 when no row looks like a header. */
    private int detectHeader() {
        for (int i = 0; i < held.size(); i++) {
            Map<Integer, ExcelCell> cells = held.get(i).cells;
            Set<String> distinct = new HashSet<>();
            boolean text = false;
            for (ExcelCell c : cells.values()) {
                distinct.add(text(c, DateRule.DAY));
                text |= c.kind() == ExcelCell.Kind.TEXT && Period.parse(c.text()).isEmpty();
            }
            if (distinct.size() < 2 || !text) {
                continue;
            }
            if (i + 1 < held.size() && held.get(i + 1).cells.size() > cells.size()) {
                continue;
            }
            return held.get(i).row;
        }
        return 0;
    }

    private void fillMerges() {
        Map<Integer, HeldRow> byRow = new HashMap<>();
        for (HeldRow r : held) {
            byRow.put(r.row, r);
        }
        for (SheetRows.Merge m : merges) {
            HeldRow top = byRow.get(m.firstRow());
            ExcelCell v = top == null ? null : top.cells.get(m.firstColumn());
            if (v == null) {
                continue;
            }
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                HeldRow h = byRow.get(r);
                if (h == null) {
                    continue;
                }
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    h.cells.putIfAbsent(c, new ExcelCell(c, v.kind(), v.text(), v.number(), v.date()));
                }
            }
        }
    }

    /** Dates become the periods they stand for: yearly dates a year, quarterly a quarter, monthly a month,
     * decided per column from the spacing of its dates in the first rows. */
    private void decideDateRules(List<HeldRow> kept) {
        Map<Integer, List<LocalDateTime>> byColumn = new HashMap<>();
        List<LocalDateTime> headerDates = new ArrayList<>();
        for (HeldRow r : kept) {
            boolean isHeader = header && r.row == headerRow;
            for (ExcelCell c : r.cells.values()) {
                if (c.kind() == ExcelCell.Kind.DATE) {
                    (isHeader ? headerDates : byColumn.computeIfAbsent(c.column(), k -> new ArrayList<>()))
                            .add(c.date());
                }
            }
        }
        byColumn.forEach((col, dates) -> dateRules.put(col, rule(dates)));
        dateRules.put(0, rule(headerDates));
    }

    static DateRule rule(List<LocalDateTime> dates) {
        if (dates.isEmpty()) {
            return DateRule.MONTH;
        }
        if (dates.size() == 1) {
            LocalDateTime d = dates.get(0);
            return d.getMonthValue() == 1 && d.getDayOfMonth() == 1 ? DateRule.YEAR : DateRule.MONTH;
        }
        LocalDateTime[] s = dates.toArray(new LocalDateTime[0]);
        Arrays.sort(s);
        long days = ChronoUnit.DAYS.between(s[0], s[s.length - 1]);
        double gap = days / (double) (s.length - 1);
        return gap >= 360 ? DateRule.YEAR : gap >= 85 ? DateRule.QUARTER : gap >= 27 ? DateRule.MONTH
                : DateRule.DAY;
    }

    private boolean write(int row, Map<Integer, ExcelCell> cells) {
        if (cells.isEmpty()) {
            return true;
        }
        boolean isHeader = header && row == headerRow;
        if (!isHeader && isRemark(cells)) {
            if (skippedNotes++ == 0) {
                firstSkippedNote = row;
            }
            return true;
        }
        if (!isHeader && dataRows >= maxDataRows) {
            return false;
        }
        int last = Math.max(width, lastColumn(cells));
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= last; c++) {
            if (c > 1) {
                sb.append(',');
            }
            ExcelCell cell = cells.get(c);
            if (cell != null) {
                appendField(sb, text(cell, dateRules.getOrDefault(isHeader ? 0 : c, DateRule.MONTH)));
            }
        }
        sb.append('\n');
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines + 1 >= rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[++lines] = row;
        if (!isHeader) {
            dataRows++;
        }
        return true;
    }

    /** A row of a table of three or more columns that holds one long text in its first column: a footnote or
     * source line below (or between) the data. */
    private boolean isRemark(Map<Integer, ExcelCell> cells) {
        if (width < 3 || cells.size() != 1) {
            return false;
        }
        ExcelCell c = cells.get(1);
        return c != null && c.kind() == ExcelCell.Kind.TEXT && c.text().strip().length() > 12
                && Period.parse(c.text()).isEmpty();
    }

    private static int lastColumn(Map<Integer, ExcelCell> cells) {
        int last = 0;
        for (int c : cells.keySet()) {
            last = Math.max(last, c);
        }
        return last;
    }

    static String text(ExcelCell c, DateRule rule) {
        return switch (c.kind()) {
            case NUMBER -> ExcelCell.numberText(c.number());
            case DATE -> {
                LocalDateTime d = c.date();
                yield switch (rule) {
                    case YEAR -> Integer.toString(d.getYear());
                    case QUARTER -> d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
                    case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
                    case DAY -> d.toLocalDate().toString();
                };
            }
            default -> c.text().replaceAll("[\\r\\n]+", " ");
        };
    }

    private static void appendField(StringBuilder sb, String t) {
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || (!t.isEmpty()
                && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))));
        if (quote) {
            sb.append('"').append(t.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(t);
        }
    }

    /** The sheet row written on CSV line {@code line} (1-based), or 0. */
    int rowOfLine(int line) {
        return line >= 1 && line <= lines ? rows[line] : 0;
    }

    boolean header() {
        return header;
    }

    int headerRow() {
        return headerRow;
    }

    int lines() {
        return lines;
    }

    List<String> notes() {
        return notes;
    }
}
