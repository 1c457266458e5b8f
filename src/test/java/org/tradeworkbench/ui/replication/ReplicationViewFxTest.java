package org.tradeworkbench.ui.replication;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Replication tab headless: the table on screen, the expressions, and the PNG, HTML and Markdown exports. */
class ReplicationViewFxTest {
    private static Stage stage;

    @BeforeAll
    static void fx() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Test
    void showsTheReportAndExportsIt(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        RecordingNotifier notifier = new RecordingNotifier();
        WorkbenchContext ctx = TestContexts.context(model, notifier);
        List<String> infos = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        ExportActions actions = new ExportActions(ExportActions.sameThread(), infos::add, errors::add,
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        ReplicationView view = FxThread.call(() -> {
            ReplicationViewModel vm = new ReplicationViewModel(model, ctx.debouncer(), notifier);
            ReplicationView v = ReplicationView.forTests(vm, actions, ctx);
            stage.setScene(new Scene(v.root(), 1280, 760));
            stage.show();
            return v;
        });
        Path png = dir.resolve("replication.png");
        Path html = dir.resolve("replication.html");
        Path md = dir.resolve("replication.md");
        FxThread.run(() -> {
            view.root().applyCss();
            view.root().layout();
            assertThat(view.table().getItems()).isNotEmpty();
            assertThat(view.table().getItems().get(0).id()).isEqualTo("table1.Year.n");
            TextField patent = (TextField) view.root().lookup("#expr-PATENT");
            assertThat(patent.getText()).isEqualTo("log(cn_patent_apps_nonresident)");
            assertThat(view.root().lookup(".status-match")).isNotNull();
            ReplicationReport report = view.viewModel().report();
            ReplicationExportable x = new ReplicationExportable(report);
            actions.exportImage(x, x.defaultSize(), png);
            view.writeText(report, html, ReplicationReport::toHtml);
            view.writeText(report, md, ReplicationReport::toMarkdown);
        });
        assertThat(errors).isEmpty();
        BufferedImage img = ImageIO.read(png.toFile());
        // Every section's table: wide (the notes column) and tall (61 rows).
        assertThat(img.getWidth()).isGreaterThan(800);
        assertThat(img.getHeight()).isGreaterThan(800);
        assertThat(infos).anyMatch(s -> s.startsWith("Saved replication.png"));
        assertThat(Files.readString(html)).contains("table1.PATENT.mean");
        assertThat(Files.readString(md)).contains("| Table 1, PATENT, mean | 11.547 | 11.5469 | match |");
        assertThat(notifier.infos()).contains("Saved replication.html", "Saved replication.md");
    }
}
