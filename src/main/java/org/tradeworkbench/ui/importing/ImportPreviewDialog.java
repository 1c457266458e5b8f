package org.tradeworkbench.ui.importing;

import org.tradeworkbench.ui.status.MessageLabel;

import org.tradeworkbench.ui.Fxml;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.ImportPreview;

/**
 * The import preview: what was detected, controls to override each choice, the country or partner picker for
 * World Bank and Census files, the first rows as they will be read, then Add, Replace or Cancel. Binds to an
 * {@link ImportPreviewViewModel}.
 */
public final class ImportPreviewDialog {
    public static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType REPLACE = new ButtonType("Replace", ButtonBar.ButtonData.APPLY);
    static final String DETECTED = "(as detected)";

    /** A labelled option of a picker; {@code value} null means "as detected". */
    record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FXML
    private VBox root;
    @FXML
    private Label fileLabel;
    @FXML
    private Label detectedLabel;
    @FXML
    private ComboBox<Choice<ImportOptions.Format>> formatBox;
    @FXML
    private ComboBox<Choice<Character>> delimiterBox;
    @FXML
    private ComboBox<Choice<Character>> decimalBox;
    @FXML
    private ComboBox<Choice<Boolean>> headerBox;
    @FXML
    private ComboBox<String> timeBox;
    @FXML
    private Label timeIndexLabel;
    @FXML
    private TextField missingField;
    @FXML
    private Label sheetLabel;
    @FXML
    private ComboBox<String> sheetBox;
    @FXML
    private Label headerRowLabel;
    @FXML
    private TextField headerRowField;
    @FXML
    private Label seriesByLabel;
    @FXML
    private TextField seriesByField;
    @FXML
    private Label seriesByHint;
    @FXML
    private VBox providerBox;
    @FXML
    private Label providerLabel;
    @FXML
    private TextField providerFilter;
    @FXML
    private ListView<ProviderChoice> providerList;
    @FXML
    private CheckBox monthlyBox;
    @FXML
    private Label chosenLabel;
    @FXML
    private TableView<ImportPreview.Row> previewTable;
    @FXML
    private Label problemLabel;
    @FXML
    private Label notesLabel;

    private final ImportPreviewViewModel vm;
    private final Map<String, BooleanProperty> picked = new HashMap<>();
    private boolean syncing;

    private ImportPreviewDialog(ImportPreviewViewModel vm) {
        this.vm = vm;
    }

    /** The reviewer the app uses: shows this dialog modally over {@code owner}. */
    public static ImportReviewer reviewer(java.util.function.Supplier<Window> owner) {
        return vm -> show(vm, owner.get());
    }

    /** The dialog's content bound to {@code vm}, not yet shown. */
    static ImportPreviewDialog content(ImportPreviewViewModel vm) {
        ImportPreviewDialog view = new ImportPreviewDialog(vm);
        Fxml.load(view, "ImportPreviewView.fxml");
        return view;
    }

    static boolean show(ImportPreviewViewModel vm, Window owner) {
        ImportPreviewDialog view = content(vm);
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Import " + vm.displayName());
        d.setResizable(true);
        d.getDialogPane().setContent(view.root);
        d.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                ImportPreviewDialog.class.getResource("/org/tradeworkbench/ui/main/workbench.css")).toExternalForm());
        d.getDialogPane().getStyleClass().add("workbench");
        d.getDialogPane().getButtonTypes().addAll(ADD, REPLACE, ButtonType.CANCEL);
        Button add = (Button) d.getDialogPane().lookupButton(ADD);
        Button replace = (Button) d.getDialogPane().lookupButton(REPLACE);
        add.setId("importAdd");
        replace.setId("importReplace");
        add.setTooltip(new Tooltip("Merge with the current data on period"));
        replace.setTooltip(new Tooltip("Replace the current data"));
        add.setDefaultButton(vm.modeProperty().get() != ImportMode.REPLACE);
        replace.setDefaultButton(vm.modeProperty().get() == ImportMode.REPLACE);
        var notReady = vm.importableProperty().not();
        add.disableProperty().bind(notReady);
        replace.disableProperty().bind(notReady);
        ButtonType result = d.showAndWait().orElse(ButtonType.CANCEL);
        if (result == ADD) {
            vm.accept(ImportMode.ADD);
        } else if (result == REPLACE) {
            vm.accept(ImportMode.REPLACE);
        }
        return vm.isAccepted();
    }

    @FXML
    private void initialize() {
        fileLabel.setText(vm.displayName());
        detectedLabel.textProperty().bind(vm.detectedProperty());
        MessageLabel.bind(problemLabel, vm.problemProperty(), vm.problemSeverityProperty());
        problemLabel.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());

        bindChoice(formatBox, List.of(new Choice<>("Detect", ImportOptions.Format.AUTO),
                new Choice<>("Plain table", ImportOptions.Format.CSV),
                new Choice<>("World Bank WDI", ImportOptions.Format.WDI),
                new Choice<>("Census country table", ImportOptions.Format.CENSUS),
                new Choice<>("Long (period, variable, value)", ImportOptions.Format.LONG)), vm.formatProperty());
        bindChoice(delimiterBox, List.of(new Choice<>(DETECTED, null), new Choice<>("Comma ,", ','),
                new Choice<>("Semicolon ;", ';'), new Choice<>("Tab", '\t'), new Choice<>("Pipe |", '|'),
                new Choice<>("Space", ' ')), vm.delimiterProperty());
        bindChoice(decimalBox, List.of(new Choice<>(DETECTED, null), new Choice<>("Point .", '.'),
                new Choice<>("Comma ,", ',')), vm.decimalMarkProperty());
        bindChoice(headerBox, List.of(new Choice<>(DETECTED, null), new Choice<>("First row names the columns",
                Boolean.TRUE), new Choice<>("No header row", Boolean.FALSE)), vm.headerProperty());

        timeIndexLabel.textProperty().bind(vm.timeIndexProperty());
        timeBox.getItems().setAll(DETECTED);
        vm.columnChoices().addListener((ListChangeListener<String>) c -> {
            String keep = timeBox.getValue();
            syncing = true;
            timeBox.getItems().setAll(DETECTED);
            timeBox.getItems().addAll(vm.columnChoices());
            timeBox.setValue(keep != null && timeBox.getItems().contains(keep) ? keep : DETECTED);
            syncing = false;
        });
        timeBox.setValue(DETECTED);
        timeBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.timeColumnProperty().set(DETECTED.equals(b) ? null : b);
            }
        });
        missingField.setText(vm.missingTokensProperty().get());
        // Re-read when the user is done typing (Enter or leaving the field), not on every key.
        missingField.setOnAction(e -> vm.missingTokensProperty().set(missingField.getText()));
        missingField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.missingTokensProperty().set(missingField.getText());
            }
        });

        bindWorkbookControls();
        bindSeriesBy();

        providerBox.visibleProperty().bind(vm.providerFormatProperty());
        providerBox.managedProperty().bind(providerBox.visibleProperty());
        monthlyBox.selectedProperty().bindBidirectional(vm.monthlyProperty());
        FilteredList<ProviderChoice> filtered = new FilteredList<>(vm.choices());
        providerFilter.textProperty().addListener((o, a, b) -> {
            String f = b == null ? "" : b.trim().toLowerCase();
            filtered.setPredicate(c -> f.isEmpty() || c.toString().toLowerCase().contains(f));
        });
        providerList.setItems(filtered);
        providerList.setCellFactory(CheckBoxListCell.forListView(this::pickedProperty, new StringConverter<>() {
            @Override
            public String toString(ProviderChoice c) {
                return c == null ? "" : c.toString();
            }

            @Override
            public ProviderChoice fromString(String s) {
                return null;
            }
        }));
        vm.chosen().addListener((ListChangeListener<String>) c -> {
            syncing = true;
            picked.forEach((code, p) -> p.set(vm.chosen().contains(code)));
            syncing = false;
        });
        vm.providerFormatProperty().addListener((o, a, b) -> labelProvider());
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> "Chosen: " + vm.chosenText(),
                vm.chosen(), vm.choices()));

        vm.previewProperty().addListener((o, a, p) -> showPreview(p));
        showPreview(vm.previewProperty().get());
        previewTable.setPlaceholder(new Label("Reading the file\u2026"));
    }

    private BooleanProperty pickedProperty(ProviderChoice c) {
        return picked.computeIfAbsent(c.code(), code -> {
            BooleanProperty p = new SimpleBooleanProperty(vm.chosen().contains(code));
            p.addListener((o, a, on) -> {
                if (syncing) {
                    return;
                }
                if (on && !vm.chosen().contains(code)) {
                    vm.chosen().add(code);
                } else if (!on) {
                    vm.chosen().remove(code);
                }
            });
            return p;
        });
    }

    /** The series-by choice, shown only for long tables; applied on Enter or when the field loses focus. */
    private void bindSeriesBy() {
        for (javafx.scene.Node n : new javafx.scene.Node[] {seriesByLabel, seriesByField, seriesByHint}) {
            n.visibleProperty().bind(vm.longTableProperty());
            n.managedProperty().bind(vm.longTableProperty());
        }
        seriesByField.setText(vm.seriesByProperty().get());
        Runnable apply = () -> vm.seriesByProperty().set(seriesByField.getText() == null ? ""
                : seriesByField.getText());
        seriesByField.setOnAction(e -> apply.run());
        seriesByField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
    }

    /** The sheet picker and header row, shown only for workbooks. */
    private void bindWorkbookControls() {
        var workbook = Bindings.isNotEmpty(vm.sheets());
        for (javafx.scene.Node n : new javafx.scene.Node[] {sheetLabel, sheetBox, headerRowLabel, headerRowField}) {
            n.visibleProperty().bind(workbook);
            n.managedProperty().bind(workbook);
        }
        sheetBox.setItems(vm.sheets());
        vm.sheets().addListener((ListChangeListener<String>) c -> {
            if (sheetBox.getValue() == null && !vm.sheets().isEmpty()) {
                sheetBox.setValue(vm.sheetProperty().get() == null ? vm.sheets().get(0) : vm.sheetProperty().get());
            }
        });
        sheetBox.valueProperty().addListener((o, a, b) -> {
            if (b != null && !vm.sheets().isEmpty() && !(b.equals(vm.sheets().get(0))
                    && vm.sheetProperty().get() == null)) {
                vm.sheetProperty().set(b);
            }
        });
        Runnable applyRow = () -> {
            String t = headerRowField.getText() == null ? "" : headerRowField.getText().trim();
            vm.headerRowProperty().set(t.matches("[1-9][0-9]{0,6}") ? Integer.valueOf(t) : null);
        };
        headerRowField.setOnAction(e -> applyRow.run());
        headerRowField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                applyRow.run();
            }
        });
    }

    /** Names the picker for the file's provider; the monthly choice exists only for Census tables. */
    private void labelProvider() {
        boolean wdi = vm.isWdi();
        providerLabel.setText(wdi ? "Countries to import" : "Partners to import");
        monthlyBox.setVisible(!wdi);
        monthlyBox.setManaged(!wdi);
    }

    private <T> void bindChoice(ComboBox<Choice<T>> box, List<Choice<T>> options,
            javafx.beans.property.ObjectProperty<T> target) {
        box.getItems().setAll(options);
        for (Choice<T> c : options) {
            if (Objects.equals(c.value(), target.get())) {
                box.setValue(c);
            }
        }
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                target.set(b.value());
            }
        });
    }

    private void showPreview(ImportPreview p) {
        if (p == null) {
            previewTable.getColumns().clear();
            previewTable.getItems().clear();
            notesLabel.setText("");
            return;
        }
        // A re-read with the same columns (another missing token, another country) keeps the columns and their
        // headers: only the rows change.
        if (!headers(p).equals(shownHeaders())) {
            previewTable.getColumns().setAll(columns(p));
        }
        previewTable.getItems().setAll(p.rows());
        notesLabel.setText(String.join("\n", ImportPreviewViewModel.notesBesides(p, vm.problemProperty().get())));
    }

    /** The header of each preview column: its name and the kind of values read from it. */
    private static List<String> headers(ImportPreview p) {
        List<String> h = new java.util.ArrayList<>();
        for (int j = 0; j < p.columns().size(); j++) {
            h.add(p.columns().get(j) + "\n" + (j < p.kinds().size() ? p.kinds().get(j) : "text"));
        }
        return h;
    }

    private List<String> shownHeaders() {
        List<String> h = new java.util.ArrayList<>();
        for (int i = 1; i < previewTable.getColumns().size(); i++) {
            h.add(previewTable.getColumns().get(i).getText());
        }
        return h;
    }

    private static List<TableColumn<ImportPreview.Row, ?>> columns(ImportPreview p) {
        List<TableColumn<ImportPreview.Row, ?>> out = new java.util.ArrayList<>();
        TableColumn<ImportPreview.Row, String> line = new TableColumn<>("line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().line())));
        line.setSortable(false);
        line.setPrefWidth(52);
        line.getStyleClass().add("line-column");
        out.add(line);
        List<String> headers = headers(p);
        for (int j = 0; j < p.columns().size(); j++) {
            int col = j;
            TableColumn<ImportPreview.Row, ImportPreview.Cell> c = new TableColumn<>(headers.get(j));
            c.setSortable(false);
            c.setUserData(p.columns().get(j));
            c.setPrefWidth(columnWidth(p.columns().get(j)));
            c.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                    col < x.getValue().cells().size() ? x.getValue().cells().get(col) : null));
            c.setCellFactory(x -> new PreviewCell());
            out.add(c);
        }
        return out;
    }

    /**
     * The width of a preview column, from its name; at least 84 px, never the table's default width of 80: a
     * column left at the default is measured cell by cell when first shown, which for a World Bank file's 65
     * columns froze the dialog for many seconds.
     */
    static double columnWidth(String name) {
        return Math.max(84, Math.min(200, name.length() * 7.5 + 20));
    }

    /** A preview cell: the value as it will be stored; missing grey, refused red with the reason. */
    private static final class PreviewCell extends TableCell<ImportPreview.Row, ImportPreview.Cell> {
        @Override
        protected void updateItem(ImportPreview.Cell item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("missing", "refused", "number-cell");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(ImportPreviewViewModel.display(item));
            switch (item.kind()) {
                case NUMBER -> getStyleClass().add("number-cell");
                case MISSING -> getStyleClass().addAll("number-cell", "missing");
                case ERROR -> {
                    getStyleClass().add("refused");
                    setTooltip(new Tooltip(item.problem()));
                }
                default -> {
                }
            }
            // Says how a value was read when it was changed on the way (1.234,5 -> 1234.5); an empty field read as
            // NA needs no word, and a tooltip on each of a wide file's empty cells made every re-read slow.
            if (item.kind() != ImportPreview.CellKind.ERROR && !item.text().isBlank()
                    && !item.text().equals(getText())) {
                setTooltip(new Tooltip("read from \"" + item.text() + "\""));
            }
        }
    }

    Node root() {
        return root;
    }
}
