package org.tradeworkbench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.io.CsvDialect;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.ui.status.PanelMessage;
import org.tradeworkbench.ui.status.Severity;
import org.tradeworkbench.core.task.Cancellable;
import org.tradeworkbench.core.task.TaskRunner;
import org.tradeworkbench.ui.workbench.Notifier;

/**
 * The import dialog's state: what was detected, the user's overrides (each null or AUTO = "as detected"), the
 * preview of the first rows exactly as they will be read, the country or partner picker for World Bank and Census
 * files, and Add or Replace. Every override re-reads the preview in the background.
 */
public class ImportPreviewViewModel {
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 30;
    /** The picked countries or partners by name, e.g. "China (CHN), World (WLD)". */
    public String chosenText() {
        List<String> out = new ArrayList<>();
        for (ProviderChoice c : choices) {
            if (chosen.contains(c.code())) {
                out.add(c.toString());
            }
        }
        return out.isEmpty() ? "none (the importer's defaults)" : String.join(", ", out);
    }

    /** Whether the file is a World Bank WDI file (its picker lists countries, not partners). */
    public boolean isWdi() {
        return preview.get() != null && preview.get().format() == ImportOptions.Format.WDI;
    }

    /** The time-column choice meaning "no time column: number the rows". */
    public static final String NO_TIME_COLUMN = "(none: number the rows)";

    private final Path file;
    private final String displayName;
    private final ImportBackend backend;
    private final TaskRunner tasks;

    private final ObjectProperty<ImportOptions.Format> format = new SimpleObjectProperty<>(this, "format",
            ImportOptions.Format.AUTO);
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<Character> decimalMark = new SimpleObjectProperty<>(this, "decimalMark");
    private final ObjectProperty<Boolean> header = new SimpleObjectProperty<>(this, "header");
    private final ObjectProperty<String> timeColumn = new SimpleObjectProperty<>(this, "timeColumn");
    private final StringProperty missingTokens = new SimpleStringProperty(this, "missingTokens",
            String.join(" ", sorted(ImportOptions.DEFAULT_MISSING)));
    private final BooleanProperty monthly = new SimpleBooleanProperty(this, "monthly", false);
    /** Workbooks: the sheet (null = the first) and the header row (null = detected). */
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObjectProperty<Integer> headerRow = new SimpleObjectProperty<>(this, "headerRow");
    /** Long tables: the columns that name a series as typed (e.g. "partner"), "total", or blank for every column. */
    private final StringProperty seriesBy = new SimpleStringProperty(this, "seriesBy", "");
    private final ReadOnlyBooleanWrapper longTable = new ReadOnlyBooleanWrapper(this, "longTable");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(this, "mode");

    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final PanelMessage problem = new PanelMessage(this, "problem");
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "Reading\u2026");
    private final ReadOnlyStringWrapper timeIndex = new ReadOnlyStringWrapper(this, "timeIndex", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final javafx.beans.binding.BooleanBinding importable = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> !loading.get() && preview.get() != null && !preview.get().rows().isEmpty(), loading, preview);
    private final ReadOnlyBooleanWrapper providerFormat = new ReadOnlyBooleanWrapper(this, "providerFormat");
    private final ObservableList<ProviderChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();

    private Cancellable running;
    private ImportOptions.Format choicesFor;
    private boolean accepted;

    public ImportPreviewViewModel(Path file, String displayName, ImportMode defaultMode, ImportBackend backend,
            TaskRunner tasks) {
        this.file = file;
        this.displayName = displayName;
        this.backend = backend;
        this.tasks = tasks;
        this.mode.set(defaultMode);
        for (Observable o : new Observable[] {format, delimiter, decimalMark, header, timeColumn, missingTokens,
                monthly, sheet, headerRow, seriesBy}) {
            o.addListener(x -> refresh());
        }
        chosen.addListener((ListChangeListener<String>) c -> refresh());
    }

    private static List<String> sorted(Set<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    /** The options the import will use: detection for everything left as detected. */
    public ImportOptions options() {
        ImportOptions o = ImportOptions.defaults().withFormat(format.get());
        if (delimiter.get() != null) {
            o = o.withDelimiter(delimiter.get());
        }
        if (decimalMark.get() != null) {
            o = o.withDecimalMark(decimalMark.get());
        }
        if (header.get() != null) {
            o = o.withHeader(header.get());
        }
        if (NO_TIME_COLUMN.equals(timeColumn.get())) {
            o = o.withoutTimeColumn();
        } else if (timeColumn.get() != null) {
            o = o.withTimeColumn(timeColumn.get());
        }
        o = o.withMissingTokens(parseTokens(missingTokens.get()));
        if (!chosen.isEmpty()) {
            o = o.withCountries(List.copyOf(chosen)).withPartners(List.copyOf(chosen));
        }
        if (sheet.get() != null) {
            o = o.withSheet(sheet.get());
        }
        if (headerRow.get() != null) {
            o = o.withHeaderRow(headerRow.get());
        }
        List<String> by = parseSeriesBy(seriesBy.get());
        if (by != null) {
            o = o.withSeriesBy(by);
        }
        return o.withMonthly(monthly.get());
    }

    /**
     * The series-by text: column names separated by ; or commas, {@code total} for one series, blank for the
     * default (every column besides period and value, nothing summed), which is {@code null}.
     */
    static List<String> parseSeriesBy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().equalsIgnoreCase("total")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : text.split("[;,]")) {
            if (!t.isBlank()) {
                out.add(t.strip());
            }
        }
        return out;
    }

    /** Missing tokens typed separated by spaces or commas; the empty cell is always missing. */
    static Set<String> parseTokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        if (text != null) {
            for (String t : text.split("[\\s,]+")) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Reads the preview again with the current options (the previous read, if still running, is cancelled). */
    public void refresh() {
        if (running != null) {
            running.cancel();
        }
        ImportOptions o;
        try {
            o = options();
        } catch (IllegalArgumentException e) {
            problem.error(e.getMessage());
            return;
        }
        loading.set(true);
        running = tasks.run("Previewing " + displayName, r -> {
            List<String> sheetNames = sheets.isEmpty() ? backend.sheets(file) : null;
            ImportPreview p = backend.preview(file, o, PREVIEW_ROWS);
            List<ProviderChoice> list = null;
            if ((p.format() == ImportOptions.Format.WDI || p.format() == ImportOptions.Format.CENSUS)
                    && p.format() != choicesFor) {
                list = backend.choices(file, p);
            }
            return new Loaded(p, list, sheetNames);
        }, this::show, failure -> {
            loading.set(false);
            preview.set(null);
            problem.error(Notifier.describe(failure));
            detected.set("Could not read " + displayName);
        });
    }

    private record Loaded(ImportPreview preview, List<ProviderChoice> choices, List<String> sheets) {
    }

    private void show(Loaded l) {
        ImportPreview p = l.preview();
        if (l.sheets() != null && !l.sheets().isEmpty()) {
            sheets.setAll(l.sheets());
        }
        List<String> cols = new ArrayList<>(p.columns());
        cols.add(NO_TIME_COLUMN);
        if (!cols.equals(columnChoices)) {
            columnChoices.setAll(cols);
        }
        String first = firstProblem(p, sheets.isEmpty() ? null
                : sheet.get() == null ? sheets.get(0) : sheet.get());
        if (p.rows().isEmpty()) {
            // Nothing would be imported: an error, and Add and Replace stay off (see importableProperty).
            problem.error((first.isEmpty() ? "no data rows" : first) + ": there is nothing to import");
        } else {
            problem.set(first, first.isEmpty() ? Severity.HINT : hasRefusedCell(p) ? Severity.ERROR
                    : Severity.WARNING);
        }
        detected.set(describe(p));
        timeIndex.set(describeTimeIndex(p));
        preview.set(p);
        providerFormat.set(p.format() == ImportOptions.Format.WDI || p.format() == ImportOptions.Format.CENSUS);
        longTable.set(p.format() == ImportOptions.Format.LONG);
        loading.set(false);
        if (l.choices() != null) {
            choicesFor = p.format();
            choices.setAll(l.choices());
            if (chosen.isEmpty()) {
                // Show what "no choice" means: the importer's defaults, checked (this re-reads the preview).
                List<String> defaults = p.format() == ImportOptions.Format.WDI ? WDI_DEFAULTS : CENSUS_DEFAULTS;
                chosen.setAll(l.choices().stream().map(ProviderChoice::code).filter(defaults::contains).toList());
            }
        }
    }

    /** The importer's default countries (WDI) and partners (Census: China, World). */
    static final List<String> WDI_DEFAULTS = org.tradeworkbench.core.io.WdiImporter.DEFAULT_COUNTRIES;
    static final List<String> CENSUS_DEFAULTS = org.tradeworkbench.core.io.CensusCountryImporter.DEFAULT_PARTNERS;

    private static boolean hasRefusedCell(ImportPreview p) {
        return p.rows().stream().anyMatch(r -> r.cells().stream()
                .anyMatch(c -> c.kind() == ImportPreview.CellKind.ERROR));
    }

    /** The first refused cell: by line and column name, or in a workbook by its cell reference. */
    static String firstProblem(ImportPreview p, String sheetName) {
        for (ImportPreview.Row r : p.rows()) {
            for (int j = 0; j < r.cells().size(); j++) {
                ImportPreview.Cell c = r.cells().get(j);
                if (c.kind() == ImportPreview.CellKind.ERROR) {
                    String col = j < p.columns().size() ? p.columns().get(j) : "column " + (j + 1);
                    if (sheetName != null) {
                        return org.tradeworkbench.core.data.SourceLocation.cell(null, sheetName, r.line(), j + 1)
                                + " (" + col + "): " + c.problem();
                    }
                    return "Line " + r.line() + ", " + col + ": " + c.problem();
                }
            }
        }
        return p.rows().isEmpty() && !p.notes().isEmpty() ? p.notes().get(0) : "";
    }

    /** One line saying what the importer found, e.g. {@code CSV; delimiter ","; decimal mark "."; ...}. */
    static String describe(ImportPreview p) {
        CsvDialect d = p.dialect();
        StringBuilder sb = new StringBuilder();
        boolean workbook = !p.notes().isEmpty() && p.notes().get(0).startsWith("sheet \"");
        if (workbook) {
            sb.append("Excel ").append(p.notes().get(0)).append("; ");
        }
        sb.append(switch (p.format()) {
            case WDI -> "World Bank WDI file";
            case CENSUS -> "U.S. Census country trade table";
            case LONG -> "Long table (period, variable, value)";
            default -> "Table";
        });
        if (!workbook) {
            sb.append("; delimiter ").append(show(d.delimiter()));
            sb.append("; decimal mark ").append(show(d.decimalMark()));
        }
        if (p.format() == ImportOptions.Format.CSV) {
            sb.append("; ").append(d.header() ? "header row" : "no header row");
            int time = p.kinds().indexOf("time");
            sb.append("; time column ").append(time >= 0 && time < p.columns().size()
                    ? "\"" + p.columns().get(time) + "\"" : "none (rows are numbered)");
        }
        sb.append("; missing: empty, ").append(String.join(" ", sorted(p.options().missingTokens())));
        if (!workbook) {
            sb.append("; ").append(d.charset().name());
        }
        return sb.toString();
    }

    /**
     * Which column the import takes as the time index (then not a series, so not a regressor) and how to change
     * that; empty for the provider formats, whose periods are their own.
     */
    static String describeTimeIndex(ImportPreview p) {
        if (p.format() != ImportOptions.Format.CSV) {
            return "";
        }
        int time = p.kinds().indexOf("time");
        if (time < 0 || time >= p.columns().size()) {
            return "Time index: none, the rows are numbered 1..n; every column is a series";
        }
        boolean numbers = !p.rows().isEmpty() && time < p.rows().get(0).texts().size()
                && p.rows().get(0).texts().get(time).strip().equals("1");
        return "Time index: column \"" + p.columns().get(time) + "\"" + (numbers ? " (observation numbers)" : "")
                + ", not a series; choose another time column, or none to read it as a series";
    }

    static String show(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            case 0 -> "none";
            default -> "\"" + c + "\"";
        };
    }

    /** The text a preview cell shows: the value as it will be stored (NA for missing), or the text as read. */
    public static String display(ImportPreview.Cell c) {
        return switch (c.kind()) {
            case NUMBER -> {
                double v = c.value();
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            }
            case MISSING -> "NA";
            case PERIOD -> Period.parse(c.text()).map(Period::toString).orElse(c.text());
            default -> c.text();
        };
    }

    /** Marks the dialog as accepted with the given mode (Add or Replace). */
    public void accept(ImportMode chosenMode) {
        mode.set(chosenMode);
        accepted = true;
    }

    public boolean isAccepted() {
        return accepted;
    }

    /** Whether the preview shows rows that will be refused (the import would fail). */
    public boolean hasProblem() {
        return !problem.text().isEmpty();
    }

    public ObjectProperty<ImportOptions.Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Character> decimalMarkProperty() {
        return decimalMark;
    }

    public ObjectProperty<Boolean> headerProperty() {
        return header;
    }

    public ObjectProperty<String> timeColumnProperty() {
        return timeColumn;
    }

    public StringProperty missingTokensProperty() {
        return missingTokens;
    }

    /** The workbook sheet by name; null for the first. */
    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    /** The workbook row (1-based) naming the columns; null to detect it. */
    public ObjectProperty<Integer> headerRowProperty() {
        return headerRow;
    }

    /** The workbook's sheets; empty for a text file (then the sheet and header row controls are hidden). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    public BooleanProperty monthlyProperty() {
        return monthly;
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.textProperty();
    }

    /**
     * An error for a cell that would be refused or a file that cannot be read; a warning when the importer read
     * no rows and says why (e.g. none of the chosen countries is in the file).
     */
    public ReadOnlyObjectProperty<Severity> problemSeverityProperty() {
        return problem.severityProperty();
    }

    /** Which column is the time index, or none (see {@link #describeTimeIndex}). */
    public ReadOnlyStringProperty timeIndexProperty() {
        return timeIndex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    /**
     * Whether Add and Replace may be chosen: the preview is read and has data rows (an empty file, or one the
     * importer found no record in, has nothing to import).
     */
    public javafx.beans.binding.BooleanBinding importableProperty() {
        return importable;
    }

    /** The notes below the preview, without the one the problem line already shows. */
    public static java.util.List<String> notesBesides(ImportPreview p, String problemText) {
        return p.notes().stream().filter(n -> problemText == null || !problemText.startsWith(n)).toList();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True for World Bank and Census files, whose countries or partners are picked. */
    public StringProperty seriesByProperty() {
        return seriesBy;
    }

    /** The preview was read as a long table, where the series-by choice applies. */
    public ReadOnlyBooleanProperty longTableProperty() {
        return longTable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty providerFormatProperty() {
        return providerFormat.getReadOnlyProperty();
    }

    public ObservableList<ProviderChoice> choices() {
        return choices;
    }

    /** Codes of the picked countries or partners; empty = the importer's defaults. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    /** Column names for the time-column picker, plus {@link #NO_TIME_COLUMN}. */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }
}
