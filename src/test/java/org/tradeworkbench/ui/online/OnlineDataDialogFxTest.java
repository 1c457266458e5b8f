package org.tradeworkbench.ui.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.tradeworkbench.core.fetch.CatalogueLayouts;
import org.tradeworkbench.core.fetch.FetchRequest;
import org.tradeworkbench.core.fetch.Http;
import org.tradeworkbench.core.fetch.ProviderLayouts;
import org.tradeworkbench.core.fetch.ProviderServer;
import org.tradeworkbench.core.fetch.ResponseCache;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.TestContexts;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Get data online dialog's content, headless: the catalogue pane shown for the World Bank, a search listed. */
class OnlineDataDialogFxTest {
    private static Stage stage;

    @BeforeAll
    static void fx() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Test
    void theCatalogueSearchFillsTheListAndIsHiddenForTheCensus(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ProviderLayouts.SHARED), "shared data absent");
        try (ProviderServer s = CatalogueLayouts.server(2)) {
            OnlineDataViewModel vm = FxThread.call(() -> new OnlineDataViewModel(new WorkbenchModel(),
                    new SameThreadTaskRunner(), (key, offline) -> FetchRequest.Settings.standard(new Http(
                    new ResponseCache(dir), Duration.ofSeconds(5), offline, Clock.systemUTC()), key).at(s.base()),
                    TestContexts.settings()));
            Parent root = FxThread.call(() -> {
                vm.sourceProperty().set("worldbank");
                Parent p = (Parent) OnlineDataDialog.content(vm);
                stage.setScene(new Scene(p, 680, 720));
                stage.show();
                return p;
            });
            FxThread.run(() -> {
                root.applyCss();
                root.layout();
                TitledPane pane = (TitledPane) root.lookup(".titled-pane");
                assertThat(pane.isVisible()).isTrue();
                pane.setExpanded(true);
                ((TextField) root.lookup("#catalogueQuery")).setText("patent");
                ((Button) root.lookup("#catalogueSearch")).fire();
                ListView<?> list = (ListView<?>) root.lookup("#catalogueList");
                assertThat(list.getItems()).hasSize(2);
                root.applyCss();
                root.layout();
            });
            Path png = dir.resolve("online-dialog.png");
            Files.createDirectories(dir);
            FxThread.run(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", png.toFile());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                assertThat(png.toFile().length()).isPositive();
                vm.sourceProperty().set("census-atp");
                assertThat(root.lookup(".titled-pane").isVisible()).isFalse();
            });
        }
    }
}
