package org.tradeworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The whole app, headless: start on the bundled sample data, import through the drop path, edit and undo. */
class WorkbenchAppFxTest extends FxRobot {
    private static WorkbenchApp app;
    private static Stage stage;
    private static Dataset loaded;
    /** What the window showed once the start-up data were in: status bar, sample fields, Commands tab. */
    private static String startSampleStatus;
    private static String startMessage;
    private static List<String> startSampleFields;
    private static List<String> startCommands;

    /** One app for all tests (starting the toolkit is the slow part); each test starts from the loaded data. */
    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
        stage = FxToolkit.registerPrimaryStage();
        loaded = app.viewModel().model().dataset();
        FxRobot robot = new FxRobot();
        startSampleStatus = robot.lookup("#sampleStatus").queryLabeled().getText();
        startMessage = app.viewModel().model().lastMessageProperty().get();
        startSampleFields = List.of(robot.lookup("#sampleFrom").queryTextInputControl().getText(),
                robot.lookup("#sampleTo").queryTextInputControl().getText());
        // The log the Commands tab lists (the tab builds its list when first shown).
        startCommands = app.viewModel().model().commandLog().entries().stream().map(String::valueOf).toList();
    }

    @BeforeEach
    void reset() {
        interact(() -> {
            model().load(loaded, null, List.of(), MainViewModel.PAPER_FRAME);
            model().lastMessageProperty().set("");
        });
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            // Fall through: the assertion that follows reports what is actually there.
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WorkbenchModel model() {
        return app.viewModel().model();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> dataTable() {
        return (TableView<Integer>) lookup("#dataTable").query();
    }

    private List<String> columnNames() {
        return dataTable().getColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void opensOnTheBundledSampleData() {
        assertThat(stage.getTitle()).contains("china_us_annual");
        assertThat(columnNames()).contains("us_china_atp_balance_busd", "us_atp_exports_world_musd");
        assertThat(model().dataset().index().start().toString()).isEqualTo("1995");
        assertThat(lookup("#variableList").queryListView().getItems()).hasSize(model().dataset().seriesNames().size());
        assertThat(lookup("#tab-figures").tryQuery()).as("tab headers carry the tab id").isPresent();
        assertThat(app.view().tabs().getTabs()).extracting(t -> t.getText())
                .containsExactly("Data", "Figures", "Stationarity", "Regression", "Causality", "VAR", "Cointegration", "Replication",
                        "Commands");
        // The whole 1995-2019 frame, on the paper's years 2004-2018: status bar, Data tab and Commands tab say so.
        assertThat(startSampleStatus).isEqualTo("Sample 2004 \u2013 2018 (15 obs. of 25)");
        assertThat(startMessage).contains("sample 2004\u20132018, the paper's years");
        assertThat(startSampleFields).containsExactly("2004", "2018");
        assertThat(startCommands).startsWith("open --sample").contains("smpl --from 2004 --to 2018");
    }

    @Test
    void allPeriodsInTheDataTabWidensThePapersSample() {
        interact(() -> app.view().tabs().getSelectionModel().select(0));
        assertThat(lookup("#sampleFrom").queryTextInputControl().getText()).isEqualTo("2004");
        assertThat(lookup("#dataSize").queryLabeled().getText()).endsWith("periods (annual), sample 2004\u20132018 (15)");
        interact(() -> lookup("#sampleAll").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().sampleRange().isAll()).isTrue();
        assertThat(lookup("#sampleFrom").queryTextInputControl().getText()).isEqualTo("1995");
        assertThat(lookup("#sampleTo").queryTextInputControl().getText()).isEqualTo("2019");
        assertThat(lookup("#sampleStatus").queryLabeled().getText()).isEqualTo("Sample 1995 \u2013 2019 (25 obs.)");
        assertThat(lookup("#dataSize").queryLabeled().getText()).endsWith("periods (annual)");
        interact(() -> {
            lookup("#sampleFrom").queryTextInputControl().setText("2004");
            ((javafx.scene.control.TextField) lookup("#sampleFrom").query()).fireEvent(
                    new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#sampleStatus").queryLabeled().getText()).isEqualTo("Sample 2004 \u2013 2019 (16 obs. of 25)");
    }

    @Test
    void droppingTheCensusFilesAddsLnyAndRatioToTheGrid() throws Exception {
        Path atp = Path.of("src/test/resources/fixtures/atp");
        List<Path> files = List.of(atp.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json"),
                atp.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json"));
        Platform.runLater(() -> app.viewModel().importFiles(files, ImportMode.ADD));
        for (int i = 0; i < files.size(); i++) {
            // One preview per file; Add merges it into the sample data.
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> lookup("#importAdd").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> lookup("#importAdd").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().dataset().has("lny"));
        WaitForAsyncUtils.waitForFxEvents();
        for (String name : List.of("lny", "RATIO")) {
            assertThat(dataTable().getColumns()).filteredOn(c -> c.getText().equals(name)).singleElement()
                    .satisfies(c -> assertThat(c.getStyleClass()).contains("generated-column"));
            assertThat(lookup("#variableList").queryListView().getItems().stream()
                    .map(v -> (org.tradeworkbench.ui.data.VariableRow) v)).anyMatch(v -> v.name().equals(name)
                    && v.expression().equals(model().dataset().get(name).expression()));
        }
        interact(() -> model().undo());
        assertThat(model().dataset().has("lny")).isFalse();
    }

    @Test
    void importThroughTheDropPathShowsNewColumnsInTheGrid(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("extra.csv");
        Files.writeString(csv, "year,tariff_rate,freight_index\n2001,3.5,101.2\n2002,3.4,NA\n2003,3.1,99.0\n");
        // As the drop handler does: the import preview opens; the user reads it and presses Add.
        Platform.runLater(() -> app.viewModel().importFiles(List.of(csv), ImportMode.ADD));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup("#importAdd").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = lookup("#importPreviewTable").queryTableView();
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getColumns()).extracting(c -> c.getText())
                .contains("tariff_rate\nnumber", "freight_index\nnumber");
        assertThat(lookup("#importDetected").queryLabeled().getText()).contains("delimiter \",\"")
                .contains("time column \"year\"");
        clickOn("#importAdd");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().dataset().has("freight_index"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnNames()).contains("tariff_rate", "freight_index", "us_china_atp_balance_busd");
        int row2002 = model().dataset().index().rowOf(org.tradeworkbench.core.data.Period.annual(2002)).getAsInt();
        assertThat(model().dataset().get("freight_index").get(row2002)).isNaN();
        assertThat(model().isDirty()).isTrue();
    }

    @Test
    void editACellThenUndoIt() {
        TableView<Integer> table = dataTable();
        int col = columnNames().indexOf("us_atp_exports_world_musd");
        double before = model().dataset().get("us_atp_exports_world_musd").get(0);
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(col));
            table.edit(0, table.getColumns().get(col));
        });
        WaitForAsyncUtils.waitForFxEvents();
        typeIntoCellEditor(table, "123.25");
        waitUntil(() -> model().dataset().get("us_atp_exports_world_musd").get(0) == 123.25);
        assertThat(model().dataset().get("us_atp_exports_world_musd").get(0)).isEqualTo(123.25);
        assertThat(stage.getTitle()).startsWith("*");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().dataset().get("us_atp_exports_world_musd").get(0)).isEqualTo(before);
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    /**
     * Types into the editing cell's own text field and commits it as Enter does; not with robot key strokes,
     * which a loaded headless machine can drop.
     */
    private void typeIntoCellEditor(TableView<Integer> table, String text) {
        waitUntil(() -> table.lookup(".table-cell .text-field") != null);
        interact(() -> {
            javafx.scene.control.TextField editor = (javafx.scene.control.TextField) table.lookup(
                    ".table-cell .text-field");
            editor.setText(text);
            editor.getOnAction().handle(new javafx.event.ActionEvent(editor, editor));
        });
    }

    @Test
    void aNonNumberIsRefusedWithAMessage() {
        TableView<Integer> table = dataTable();
        int col = columnNames().indexOf("us_atp_exports_world_musd");
        double before = model().dataset().get("us_atp_exports_world_musd").get(1);
        interact(() -> {
            table.requestFocus();
            table.edit(1, table.getColumns().get(col));
        });
        WaitForAsyncUtils.waitForFxEvents();
        typeIntoCellEditor(table, "12,5x");
        waitUntil(() -> model().lastMessageProperty().get().contains("is not a number"));
        assertThat(model().dataset().get("us_atp_exports_world_musd").get(1)).isEqualTo(before);
        assertThat(model().lastMessageProperty().get()).contains("\"12,5x\" is not a number");
        assertThat(model().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() {
        interact(() -> model().editCell("us_atp_exports_world_musd", 0, 1));
        // The window's close button sends a close request; the app asks and Cancel keeps the window.
        Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("Close without saving").tryQuery()).isPresent();
        // Each answer readable in full, not cut to "Discard changes a...".
        for (String answer : List.of("Save and close", "Close without saving", "Cancel")) {
            javafx.scene.control.Button b = lookup(".dialog-pane .button")
                    .match((javafx.scene.control.Button n) -> answer.equals(n.getText()) && n.getScene() != null
                            && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                    .queryButton();
            assertThat(b.getWidth()).as(answer).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(model().isDirty()).isTrue();
    }

    @Test
    void closingWithUnsavedChangesCanSaveThemToTheWorkbenchFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
        interact(() -> org.tradeworkbench.core.workbench.WorkbenchStore.save(
                org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model(), "data"), file));
        interact(() -> app.view().workbenchFiles().open(file));
        interact(() -> model().editCell("us_atp_exports_world_musd", 0, 4321.5));
        assertThat(model().isDirty()).isTrue();

        java.util.concurrent.atomic.AtomicReference<Boolean> mayClose = new java.util.concurrent.atomic.AtomicReference<>();
        Platform.runLater(() -> mayClose.set(app.view().confirmClose()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Save and close")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("Close without saving").tryQuery()).isPresent();
        clickOn("Save and close");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> mayClose.get() != null);
        assertThat(mayClose.get()).isTrue();
        assertThat(model().isDirty()).isFalse();

        WorkbenchModel reopened = new WorkbenchModel();
        org.tradeworkbench.ui.workbench.WorkbenchSnapshot.restore(reopened,
                org.tradeworkbench.core.workbench.WorkbenchStore.open(file), file);
        assertThat(reopened.dataset().get("us_atp_exports_world_musd").get(0)).isEqualTo(4321.5);
    }

    @Test
    void aDamagedWorkbenchFileIsRefusedAndTheOpenWorkbenchStaysAsItWas(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
        Path damaged = dir.resolve("damaged" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
        interact(() -> org.tradeworkbench.core.workbench.WorkbenchStore.save(
                org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model(), "data"), good));
        String text = java.nio.file.Files.readString(good);
        java.nio.file.Files.writeString(damaged, text.substring(0, text.length() / 2));
        interact(() -> app.view().workbenchFiles().open(good));
        List<String> names = model().dataset().seriesNames();
        double before = model().dataset().get("us_atp_exports_world_musd").get(1);

        interact(() -> app.view().workbenchFiles().open(damaged));
        waitUntil(() -> model().lastMessageProperty().get().contains("damaged"));
        assertThat(model().lastMessageProperty().get()).startsWith(damaged.getFileName() + ", line ");
        assertThat(model().dataset().seriesNames()).isEqualTo(names);
        assertThat(model().dataset().get("us_atp_exports_world_musd").get(1)).isEqualTo(before);
        assertThat(model().isDirty()).isFalse();
    }

    @Test
    void openingAnotherWorkbenchWithUnsavedChangesCanSaveThemFirst(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
        Path second = dir.resolve("second" + org.tradeworkbench.core.workbench.WorkbenchFile.EXTENSION);
        interact(() -> org.tradeworkbench.core.workbench.WorkbenchStore.save(
                org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model(), "data"), first));
        interact(() -> {
            model().editCell("us_atp_exports_world_musd", 1, 77.25);
            org.tradeworkbench.core.workbench.WorkbenchStore.save(
                    org.tradeworkbench.ui.workbench.WorkbenchSnapshot.capture(model(), "data"), second);
        });
        interact(() -> model().load(loaded, null, List.of(), MainViewModel.PAPER_FRAME));
        interact(() -> app.view().workbenchFiles().open(first));
        interact(() -> model().editCell("us_atp_exports_world_musd", 0, 1234.5));

        Platform.runLater(() -> app.view().workbenchFiles().open(second));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Save and open")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Save and open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model().dataset().get("us_atp_exports_world_musd").get(1) == 77.25);
        assertThat(model().isDirty()).isFalse();

        WorkbenchModel reopened = new WorkbenchModel();
        org.tradeworkbench.ui.workbench.WorkbenchSnapshot.restore(reopened,
                org.tradeworkbench.core.workbench.WorkbenchStore.open(first), first);
        assertThat(reopened.dataset().get("us_atp_exports_world_musd").get(0)).isEqualTo(1234.5);
    }

    @Test
    void generatedSeriesAddedFromTheVariableListShowsInTheGrid() {
        // Text set and button fired directly: robot input can be lost on a loaded headless machine (the cell-edit
        // tests keep the robot path).
        interact(() -> lookup("#seriesDefinition").queryTextInputControl()
                .setText("ln_exports = log(us_atp_exports_world_musd)"));
        interact(() -> lookup("#addSeries").queryButton().fire());
        waitUntil(() -> model().dataset().has("ln_exports"));
        assertThat(model().dataset().get("ln_exports").isGenerated()).isTrue();
        assertThat(dataTable().getColumns()).filteredOn(c -> c.getText().equals("ln_exports"))
                .singleElement().satisfies(c -> assertThat(c.getStyleClass()).contains("generated-column"));
        assertThat(lookup("#seriesDefinition").queryTextInputControl().getText()).isEmpty();
        interact(() -> lookup("#seriesDefinition").queryTextInputControl().setText("bad = log("));
        interact(() -> lookup("#addSeries").queryButton().fire());
        waitUntil(() -> model().lastMessageProperty().get().contains("at "));
        assertThat(model().lastMessageProperty().get()).contains("at ");
        assertThat(lookup("#seriesDefinition").queryTextInputControl().getText()).isEqualTo("bad = log(");
    }

    @Test
    void fileMenuHasWorkbenchCommandsWithShortcutsAndTheCommandsTabShowsTheLog() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) app.view().root().lookup(".menu-bar");
        List<javafx.scene.control.MenuItem> file = bar.getMenus().get(0).getItems();
        assertThat(file).extracting(javafx.scene.control.MenuItem::getId).contains("menuOpenWorkbench",
                "menuRecentWorkbenches", "menuSaveWorkbench", "menuSaveWorkbenchAs", "menuExportAll");
        for (javafx.scene.control.MenuItem m : file) {
            if (m.getId() != null && m.getId().contains("Workbench") && !(m instanceof javafx.scene.control.Menu)) {
                assertThat(m.getAccelerator()).as(m.getId()).isNotNull();
            }
        }
        interact(() -> app.view().tabs().getSelectionModel().select(app.view().tabs().getTabs().size() - 1));
        interact(() -> org.tradeworkbench.ui.workbench.CommandLogs.of(model()).append(
                org.tradeworkbench.core.commandlog.CommandLine.of("adf", "--column", "d(log(x))")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#commandList").queryListView().getItems()).contains("adf --column \"d(log(x))\"");
        assertThat(lookup("#saveScript").queryButton().getTooltip().getText()).contains("run-script");
        interact(() -> {
            org.tradeworkbench.ui.workbench.CommandLogs.of(model()).clear();
            app.view().tabs().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
