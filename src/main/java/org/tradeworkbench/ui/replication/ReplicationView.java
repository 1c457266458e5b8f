package org.tradeworkbench.ui.replication;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.ui.Fxml;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.export.Exportable;
import org.tradeworkbench.ui.status.MessageLabel;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The Replication tab: the paper variables' expressions (editable), every printed number beside the value
 * recomputed from the loaded data with its status and note, and exports (HTML, Markdown, PNG). Layout in
 * {@code ReplicationView.fxml}; this class binds it to a {@link ReplicationViewModel}.
 */
public final class ReplicationView {
    @FXML
    private BorderPane root;
    @FXML
    private GridPane variables;
    @FXML
    private HBox buttonBar;
    @FXML
    private Button html;
    @FXML
    private Button markdown;
    @FXML
    private Label summary;
    @FXML
    private Label problem;
    @FXML
    private TableView<ReplicationRow> table;
    @FXML
    private TableColumn<ReplicationRow, String> itemColumn;
    @FXML
    private TableColumn<ReplicationRow, String> paperColumn;
    @FXML
    private TableColumn<ReplicationRow, String> replicatedColumn;
    @FXML
    private TableColumn<ReplicationRow, String> statusColumn;
    @FXML
    private TableColumn<ReplicationRow, String> noteColumn;

    private final ReplicationViewModel vm;
    private final ExportActions actions;
    private final WorkbenchContext ctx;

    private ReplicationView(ReplicationViewModel vm, ExportActions actions, WorkbenchContext ctx) {
        this.vm = vm;
        this.actions = actions;
        this.ctx = ctx;
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        ReplicationViewModel vm = new ReplicationViewModel(ctx.model(), ctx.debouncer(), ctx.notifier());
        ctx.results().register(new PanelResults.Panel("replication", "Replication",
                () -> vm.report() == null ? List.of() : vm.report().tables(), vm.problemProperty()::get, vm.runningProperty()));
        return load(vm, ExportActions.forWorkbench(ctx), ctx).root;
    }

    static ReplicationView forTests(ReplicationViewModel vm, ExportActions actions, WorkbenchContext ctx) {
        return load(vm, actions, ctx);
    }

    private static ReplicationView load(ReplicationViewModel vm, ExportActions actions, WorkbenchContext ctx) {
        return Fxml.load(new ReplicationView(vm, actions, ctx), "ReplicationView.fxml");
    }

    BorderPane root() {
        return root;
    }

    ReplicationViewModel viewModel() {
        return vm;
    }

    TableView<ReplicationRow> table() {
        return table;
    }

    @FXML
    private void initialize() {
        int r = 0;
        for (PaperVariables.Variable v : ReplicationViewModel.EDITABLE) {
            TextField f = new TextField();
            f.setId("expr-" + v.name());
            f.textProperty().bindBidirectional(vm.expressionProperty(v.name()));
            f.setTooltip(new Tooltip(v.description()));
            variables.addRow(r++, new Label(v.name() + " ="), f);
        }
        MenuButton image = ExportMenu.button(table, this::exportable, actions);
        image.setId("export-image");
        image.setMinWidth(Region.USE_PREF_SIZE);
        buttonBar.getChildren().add(image);
        html.disableProperty().bind(vm.reportProperty().isNull());
        markdown.disableProperty().bind(vm.reportProperty().isNull());
        summary.textProperty().bind(vm.summaryProperty());
        MessageLabel.bind(problem, vm.problemProperty(), vm.problemSeverityProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        table.setItems(vm.rows());
        bind(itemColumn, row -> org.tradeworkbench.core.paper.ItemWords.of(row.id()));
        bind(paperColumn, ReplicationRow::paper);
        bind(replicatedColumn, ReplicationRow::replicated);
        bind(statusColumn, ReplicationRow::status);
        bind(noteColumn, ReplicationRow::note);
        statusColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                setText(empty ? null : s);
                if (!empty && s != null) {
                    getStyleClass().add("status-" + s);
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<ReplicationRow> row = new TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null
                    : new Tooltip(b.section() + "\n" + b.where() + "\n" + b.note())));
            return row;
        });
        ExportMenu.install(table, this::exportable, actions);
    }

    private Exportable exportable() {
        return vm.report() == null ? null : new ReplicationExportable(vm.report());
    }

    private static void bind(TableColumn<ReplicationRow, String> c, Function<ReplicationRow, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    @FXML
    private void resetExpressions() {
        vm.resetExpressions();
    }

    @FXML
    private void addToData() {
        vm.addVariablesToData();
    }

    @FXML
    private void exportHtml() {
        saveText("HTML page", "html", ReplicationReport::toHtml);
    }

    @FXML
    private void exportMarkdown() {
        saveText("Markdown", "md", ReplicationReport::toMarkdown);
    }

    private void saveText(String what, String ext, Function<ReplicationReport, String> write) {
        ReplicationReport r = vm.report();
        if (r == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the replication as " + what);
        fc.setInitialFileName("replication." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        var settings = ctx.settings();
        settings.exportFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            settings.rememberExportFolder(f.toPath().toAbsolutePath().getParent());
            writeText(r, f.toPath(), write);
        }
    }

    /** Writes the report in the background and tells the user. */
    void writeText(ReplicationReport r, Path file, Function<ReplicationReport, String> write) {
        String text = write.apply(r);
        ctx.tasks().run("Saving " + file.getFileName(), progress -> {
            org.tradeworkbench.core.workbench.AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            return Boolean.TRUE;
        }, ok -> vm.notifier().info("Saved " + file.getFileName()), vm.notifier()::error);
    }
}
