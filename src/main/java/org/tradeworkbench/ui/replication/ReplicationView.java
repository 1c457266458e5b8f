package org.tradeworkbench.ui.replication;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.ExportMenu;
import org.tradeworkbench.ui.workbench.WorkbenchContext;

/**
 * The Replication tab: the paper variables' expressions (editable), every printed number beside the value
 * recomputed from the loaded data with its status and note, and exports (HTML, Markdown, PNG).
 */
public final class ReplicationView {
    private final ReplicationViewModel vm;
    private final ExportActions actions;
    private final WorkbenchContext ctx;
    private final BorderPane root = new BorderPane();
    private final TableView<ReplicationRow> table = new TableView<>();

    private ReplicationView(ReplicationViewModel vm, ExportActions actions, WorkbenchContext ctx) {
        this.vm = vm;
        this.actions = actions;
        this.ctx = ctx;
        build();
    }

    /** Builds the tab content for the shell. */
    public static Node create(WorkbenchContext ctx) {
        ReplicationViewModel vm = new ReplicationViewModel(ctx.model(), ctx.debouncer(), ctx.notifier());
        return new ReplicationView(vm, ExportActions.forWorkbench(ctx), ctx).root;
    }

    static ReplicationView forTests(ReplicationViewModel vm, ExportActions actions, WorkbenchContext ctx) {
        return new ReplicationView(vm, actions, ctx);
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

    private void build() {
        root.setId("replication");
        root.getStylesheets().add(ReplicationView.class.getResource(
                "/org/tradeworkbench/ui/replication/replication.css").toExternalForm());

        GridPane vars = new GridPane();
        vars.setHgap(8);
        vars.setVgap(4);
        int r = 0;
        for (PaperVariables.Variable v : ReplicationViewModel.EDITABLE) {
            Label name = new Label(v.name() + " =");
            TextField f = new TextField();
            f.setId("expr-" + v.name());
            f.textProperty().bindBidirectional(vm.expressionProperty(v.name()));
            f.setTooltip(new Tooltip(v.description()));
            GridPane.setHgrow(f, Priority.ALWAYS);
            vars.addRow(r++, name, f);
        }
        Button reset = new Button("Paper's definitions");
        reset.setOnAction(e -> vm.resetExpressions());
        Button add = new Button("Add to data");
        add.setId("add-paper-variables");
        add.setTooltip(new Tooltip("Adds these variables to the data as generated series (undoable)"));
        add.setOnAction(e -> vm.addVariablesToData());

        Label summary = new Label();
        summary.setId("replication-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label problem = new Label();
        problem.setId("replication-problem");
        problem.getStyleClass().add("replication-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);

        Button html = new Button("Export HTML…");
        html.setId("export-html");
        html.setOnAction(e -> saveText("HTML page", "html", ReplicationReport::toHtml));
        Button md = new Button("Export Markdown…");
        md.setId("export-markdown");
        md.setOnAction(e -> saveText("Markdown", "md", ReplicationReport::toMarkdown));
        Node image = ExportMenu.button(table, () -> vm.report() == null ? null
                : new ReplicationExportable(vm.report()), actions);
        html.disableProperty().bind(vm.reportProperty().isNull());
        md.disableProperty().bind(vm.reportProperty().isNull());
        // Buttons keep their full labels; the summary wraps on its own line instead of squeezing them.
        for (Button b : new Button[] {reset, add, html, md}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (image instanceof Region imageRegion) {
            imageRegion.setMinWidth(Region.USE_PREF_SIZE);
        }
        summary.setWrapText(true);
        HBox bar = new HBox(8, reset, add, html, md, image);

        VBox top = new VBox(6, vars, bar, summary, problem);
        top.setPadding(new Insets(8));
        root.setTop(top);

        table.setId("replication-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Item", ReplicationRow::id, 190));
        table.getColumns().add(column("Paper", ReplicationRow::paper, 80));
        table.getColumns().add(column("Replicated", ReplicationRow::replicated, 90));
        TableColumn<ReplicationRow, String> status = column("Status", ReplicationRow::status, 95);
        status.setCellFactory(c -> new TableCell<>() {
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
        table.getColumns().add(status);
        table.getColumns().add(column("Note", ReplicationRow::note, 600));
        table.setRowFactory(t -> {
            TableRow<ReplicationRow> row = new TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null
                    : new Tooltip(b.section() + "\n" + b.where() + "\n" + b.note())));
            return row;
        });
        ExportMenu.install(table, () -> vm.report() == null ? null : new ReplicationExportable(vm.report()), actions);
        root.setCenter(table);
    }

    private static TableColumn<ReplicationRow, String> column(String title, Function<ReplicationRow, String> value,
            double width) {
        TableColumn<ReplicationRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
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
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            writeText(r, f.toPath(), write);
        }
    }

    /** Writes the report in the background and tells the user. */
    void writeText(ReplicationReport r, Path file, Function<ReplicationReport, String> write) {
        String text = write.apply(r);
        ctx.tasks().run("Saving " + file.getFileName(), progress -> {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Boolean.TRUE;
        }, ok -> vm.notifier().info("Saved " + file.getFileName()), vm.notifier()::error);
    }
}
