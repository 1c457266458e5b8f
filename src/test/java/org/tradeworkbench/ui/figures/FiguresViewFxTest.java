package org.tradeworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.tradeworkbench.core.figures.FigureKind;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.ui.export.ExportActions;
import org.tradeworkbench.ui.export.FigureExportable;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.testing.Pixels;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/** The Figures tab on the bundled data, headless: what it draws, the pickers, and the export of what is shown. */
class FiguresViewFxTest {
    private static Stage stage;

    @BeforeAll
    static void fx() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsFigure1AsBarsSwitchesToLinesAndShowsTheEmptyStateOfFigure3(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        List<String> infos = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        ExportActions actions = new ExportActions(ExportActions.sameThread(), infos::add, errors::add,
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        FiguresViewModel vm = FxThread.call(() -> new FiguresViewModel(model));
        FiguresView view = FxThread.call(() -> {
            FiguresView v = FiguresView.load(vm, actions);
            stage.setScene(new Scene((javafx.scene.Parent) v.root(), 1280, 760));
            stage.show();
            return v;
        });
        Path png = dir.resolve("fig1.png");
        Path svg = dir.resolve("fig1.svg");
        FxThread.run(() -> {
            javafx.scene.Parent root = (javafx.scene.Parent) view.root();
            root.applyCss();
            root.layout();
            StackPane holder = (StackPane) root.lookup("#chartHolder");
            assertThat(holder.lookup(".chart")).isInstanceOf(BarChart.class);
            @SuppressWarnings("unchecked")
            ComboBox<String> balance = (ComboBox<String>) root.lookup("#slot-balance");
            assertThat(balance.getValue()).isEqualTo("us_china_atp_balance_busd");
            @SuppressWarnings("unchecked")
            ComboBox<Integer> from = (ComboBox<Integer>) root.lookup("#figureFromYear");
            assertThat(from.getValue()).isEqualTo(2006);

            ((ToggleButton) root.lookup("#figureLine")).fire();
            assertThat(vm.spec().kind()).isEqualTo(FigureKind.LINE);
            root.layout();
            assertThat(holder.lookup(".chart")).isInstanceOf(LineChart.class);

            from.setValue(2004);
            assertThat(vm.spec().title()).endsWith("2004–2017");

            MenuButton export = (MenuButton) root.lookup("#figureExport");
            export.getOnShowing().handle(null);
            assertThat(export.getItems().get(0).isDisable()).isFalse();
            // What the export menu does with the figure on screen, at 2x the on-screen size.
            FigureExportable x = new FigureExportable(vm.spec(), () -> null);
            actions.exportImage(x, x.defaultSize().withScale(2), png);
            assertThat(export.getItems()).anyMatch(i -> "Export vector image (SVG)\u2026".equals(i.getText()));
            actions.exportSvg(x, svg);

            vm.select(PaperFigure.FIGURE_3);
            root.layout();
            assertThat(holder.lookup("#figure-empty-state")).isNotNull();
            assertThat(holder.lookup(".chart")).isNull();
            export.getOnShowing().handle(null);
            assertThat(export.getItems().get(0).isDisable()).isTrue();
            stage.hide();
        });
        assertThat(errors).isEmpty();
        String svgText = java.nio.file.Files.readString(svg);
        assertThat(svgText).startsWith("<?xml").contains("<svg").contains("Figure 1");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1800);
        assertThat(img.getHeight()).isEqualTo(1120);
        assertThat(Pixels.greyVariance(img)).isGreaterThan(100);
    }

    @Test
    void theRightAxisBoxesAndTheScatterControlsDriveTheChart() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        model.load(DataImporter.read(Path.of("sample-data", "china_us_annual.csv")), null);
        ExportActions actions = new ExportActions(ExportActions.sameThread(), s -> { }, e -> { },
                org.tradeworkbench.ui.workbench.TestContexts.settings());
        FiguresViewModel vm = FxThread.call(() -> new FiguresViewModel(model));
        FiguresView view = FxThread.call(() -> {
            FiguresView v = FiguresView.load(vm, actions);
            stage.setScene(new Scene((javafx.scene.Parent) v.root(), 1280, 760));
            stage.show();
            return v;
        });
        FxThread.run(() -> {
            javafx.scene.Parent root = (javafx.scene.Parent) view.root();
            assertThat(shown(root.lookup("#figureTypeScatter"))).as("only for the general chart").isFalse();
            vm.selectGeneral();
            model.selectedVariables().setAll("us_goods_imports_china_musd", "cn_fdi_net_inflows_pct_gdp");
            root.applyCss();
            root.layout();
            javafx.scene.control.CheckBox fdi = (javafx.scene.control.CheckBox) root.lookup(
                    "#rightAxis-cn_fdi_net_inflows_pct_gdp");
            assertThat(fdi.getText()).isEqualTo("cn_fdi_net_inflows_pct_gdp");
            fdi.fire();
            assertThat(vm.spec().axes().onRight()).containsExactly("cn_fdi_net_inflows_pct_gdp");
            root.layout();
            assertThat(root.lookup("#chartHolder").lookup(".right-axis")).isNotNull();
            javafx.scene.control.TextField rightLabel = (javafx.scene.control.TextField) root.lookup(
                    "#figureRightLabel");
            assertThat(rightLabel.isDisabled()).isFalse();
            assertThat(rightLabel.getPromptText()).isEqualTo("cn_fdi_net_inflows_pct_gdp");
            rightLabel.setText("FDI in China (% of GDP)");
            root.layout();
            assertThat(((javafx.scene.chart.NumberAxis) root.lookup("#chartHolder").lookup(".right-axis"))
                    .getLabel()).isEqualTo("FDI in China (% of GDP)");

            ((ToggleButton) root.lookup("#figureTypeScatter")).fire();
            root.applyCss();
            root.layout();
            assertThat(shown(root.lookup("#figureRightAxis"))).isFalse();
            assertThat(shown(root.lookup("#figureBars"))).isFalse();
            @SuppressWarnings("unchecked")
            ComboBox<String> x = (ComboBox<String>) root.lookup("#figureX");
            assertThat(shown(x)).isTrue();
            x.setValue("us_goods_exports_china_musd");
            ((javafx.scene.control.CheckBox) root.lookup("#figureFitLine")).fire();
            assertThat(vm.spec().kind()).isEqualTo(FigureKind.SCATTER);
            assertThat(vm.spec().fits()).hasSize(2);
            ((ToggleButton) root.lookup("#figureTypeLine")).fire();
            assertThat(vm.spec().kind()).isEqualTo(FigureKind.LINE);
            assertThat(vm.spec().axes().hasRight()).isTrue();
        });
    }

    /** Whether {@code n} and every node holding it are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
