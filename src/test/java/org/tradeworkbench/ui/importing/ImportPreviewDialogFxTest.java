package org.tradeworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.testing.FxThread;

/**
 * The import preview's table on a World Bank file (65 columns): every column keeps the width the dialog gave it,
 * so the table never measures the columns cell by cell (which froze the dialog for many seconds), and a re-read
 * with the same columns changes the rows only.
 */
class ImportPreviewDialogFxTest {
    private static final Path WDI = Path.of("..", "shared", "data", "raw", "wdi",
            "API_IP.PAT.RESD_DS2_en_csv_v2_422059.csv");

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void aWorldBankPreviewKeepsItsColumnWidthsAndReusesItsColumnsOnAReRead() throws Exception {
        assumeTrue(Files.isRegularFile(WDI), "the raw WDI download is not present");
        ImportPreviewViewModel vm = new ImportPreviewViewModel(WDI, "wdi.csv", ImportMode.ADD,
                ImportBackend.standard(), new SameThreadTaskRunner());
        vm.refresh();
        ImportPreview first = vm.previewProperty().get();
        assertThat(first.columns()).hasSizeGreaterThan(60).contains("Country Name", "1960");

        TableView<?> table = FxThread.call(() -> laidOut(vm));
        List<? extends TableColumn<?, ?>> columns = FxThread.call(() -> List.copyOf(table.getColumns()));
        assertThat(columns).hasSize(first.columns().size() + 1);
        FxThread.run(() -> {
            for (int i = 1; i < columns.size(); i++) {
                TableColumn<?, ?> c = columns.get(i);
                String name = (String) c.getUserData();
                assertThat(c.getPrefWidth()).as("chosen width of %s", name)
                        .isEqualTo(ImportPreviewDialog.columnWidth(name)).isNotEqualTo(80.0);
                assertThat(c.getWidth()).as("width of %s after layout", name).isEqualTo(c.getPrefWidth());
            }
        });

        // Empty fields read as NA carry no tooltip (a wide file has hundreds of them).
        List<Boolean> naTooltips = FxThread.call(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).filter(c -> "NA".equals(c.getText()))
                .map(c -> c.getTooltip() != null).toList());
        assertThat(naTooltips).isNotEmpty().containsOnly(false);

        // Another missing-value token: the same columns, the rows of the new preview.
        FxThread.run(() -> vm.missingTokensProperty().set("NA, -, 0"));
        ImportPreview second = vm.previewProperty().get();
        assertThat(second).isNotSameAs(first);
        FxThread.run(() -> {
            table.getParent().applyCss();
            table.getParent().layout();
            assertThat(table.getColumns()).hasSize(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                assertThat(table.getColumns().get(i)).isSameAs(columns.get(i));
            }
            assertThat(List.<Object>copyOf(table.getItems())).containsExactlyElementsOf(List.<Object>copyOf(second.rows()));
        });
    }

    @Test
    void aValueChangedOnTheWayInSaysWhatWasRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("eu.csv");
        Files.writeString(f, "Jahr;Wert\n2001;1.234,5\n2002;\n");
        ImportPreviewViewModel vm = previewOf(f);
        TableView<?> table = FxThread.call(() -> laidOut(vm));
        FxThread.run(() -> {
            javafx.scene.control.TableCell<?, ?> read = table.lookupAll(".table-cell").stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n).filter(c -> "1234.5".equals(c.getText()))
                    .findFirst().orElseThrow();
            assertThat(read.getTooltip()).isNotNull();
            assertThat(read.getTooltip().getText()).isEqualTo("read from \"1.234,5\"");
        });
    }

    @Test
    void otherColumnsAfterAReReadReplaceTheOldOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "year,a;b\n2001,1;2\n2002,3;4\n");
        ImportPreviewViewModel vm = previewOf(f);
        TableView<?> table = FxThread.call(() -> laidOut(vm));
        List<Object> before = FxThread.call(() -> table.getColumns().stream().map(c -> c.getUserData())
                .filter(Objects::nonNull).map(o -> (Object) o).toList());
        assertThat(before).containsExactly("year", "a;b");

        FxThread.run(() -> vm.delimiterProperty().set(';'));
        List<Object> after = FxThread.call(() -> table.getColumns().stream().map(c -> c.getUserData())
                .filter(Objects::nonNull).map(o -> (Object) o).toList());
        assertThat(after).containsExactly("year,a", "b");
        assertThat(FxThread.call(() -> table.getItems().size())).isEqualTo(2);
    }

    /** The dialog's content in a scene of the dialog's size, laid out; its preview table. */
    /** The preview of a file as a drop opens it (Add), read. */
    private static ImportPreviewViewModel previewOf(Path f) {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(f, f.getFileName().toString(), ImportMode.ADD,
                ImportBackend.standard(), new SameThreadTaskRunner());
        vm.refresh();
        return vm;
    }

    private static TableView<?> laidOut(ImportPreviewViewModel vm) {
        ImportPreviewDialog view = ImportPreviewDialog.content(vm);
        StackPane holder = new StackPane(view.root());
        Scene scene = new Scene(holder, 868, 711);
        scene.getStylesheets().add(Objects.requireNonNull(ImportPreviewDialog.class
                .getResource("/org/tradeworkbench/ui/main/workbench.css")).toExternalForm());
        holder.applyCss();
        holder.layout();
        return (TableView<?>) holder.lookup("#importPreviewTable");
    }
}
