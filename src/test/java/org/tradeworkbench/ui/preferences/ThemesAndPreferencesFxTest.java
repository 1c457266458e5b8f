package org.tradeworkbench.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tradeworkbench.ui.settings.Themes;
import org.tradeworkbench.ui.settings.AppSettings;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.figures.FigureSpec;
import org.tradeworkbench.core.figures.PaperFigure;
import org.tradeworkbench.core.figures.PaperFigures;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.workbench.UserPreferences.Theme;
import org.tradeworkbench.ui.main.WorkbenchApp;
import org.tradeworkbench.ui.testing.RunningApp;
import org.tradeworkbench.ui.charts.ChartFactory;
import org.tradeworkbench.render.ImageExport;
import org.tradeworkbench.render.ImageSize;

/** Light and dark themes on the running app, exports that stay white, and the Preferences dialog. */
class ThemesAndPreferencesFxTest extends FxRobot {
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.startOnSampleData();
    }

    @AfterEach
    void defaults() {
        // The settings live under the tests' own preferences node; leave them as a fresh install has them.
        interact(() -> app.settings().resetToDefaults());
    }

    @AfterAll
    static void stop() throws Exception {
        RunningApp.stop(app);
    }

    private static double luminance(Paint p) {
        Color c = (Color) p;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** The window's background and the colour of a dimmed label in it, under {@code theme}. */
    private double[] backgroundAndDimText(Theme theme) {
        double[] out = new double[2];
        interact(() -> {
            app.settings().themeProperty().set(theme);
            BorderPane root = (BorderPane) app.view().root();
            Label probe = new Label("probe");
            probe.getStyleClass().add("dim-label");
            root.setLeft(probe);
            root.applyCss();
            out[0] = luminance(root.getBackground().getFills().get(0).getFill());
            out[1] = luminance(probe.getTextFill());
            root.setLeft(null);
        });
        return out;
    }

    @Test
    void theThemeChangesTheOpenWindowAtOnce() {
        double[] light = backgroundAndDimText(Theme.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(app.view().root().getStyleClass()).doesNotContain(Themes.DARK_CLASS);
        assertThat(light[0]).isGreaterThan(0.85);
        assertThat(light[1]).isLessThan(0.5);

        double[] dark = backgroundAndDimText(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(app.view().root().getStyleClass()).contains(Themes.DARK_CLASS);
        assertThat(dark[0]).isLessThan(0.15);
        // Dimmed text stays readable: well apart from the background.
        assertThat(dark[1] - dark[0]).isGreaterThan(0.35);
    }

    /** The texts the table cells under {@code selector} show now. */
    private List<String> shownTexts(String selector) {
        List<String> out = new ArrayList<>();
        interact(() -> {
            for (javafx.scene.Node n : lookup(selector).queryAll()) {
                if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && !c.isEmpty()) {
                    out.add(c.getText());
                }
            }
        });
        return out;
    }

    @Test
    void chosenDecimalsApplyAtOnceToTheGridAndTheResultsTables() throws Exception {
        interact(() -> app.view().tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts("#dataTable .table-cell")).contains("138481");
        interact(() -> app.settings().decimalsProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> grid = shownTexts("#dataTable .table-cell");
        assertThat(grid).contains("138481.00", "NA");
        assertThat(grid).filteredOn(t -> !t.equals("NA")).allMatch(t -> t.matches("-?\\d+\\.\\d\\d"), "two decimals");

        interact(() -> app.view().tabs().getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shownTexts("#regCoefficients .table-cell").isEmpty());
        // PATENT on PATENT(-1) and FDIGDP over the paper's 2004-2018 sample the app opens with: coefficients,
        // standard errors and t at two decimals; the p-value keeps its own four decimals.
        assertThat(shownTexts("#regCoefficients .table-cell")).contains("0.99", "0.20", "4.84", "0.0007");
        interact(() -> app.settings().decimalsProperty().set(-1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts("#regCoefficients .table-cell")).contains("0.986335", "4.843", "0.0007")
                .doesNotContain("0.99");
        interact(() -> app.view().tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts("#dataTable .table-cell")).contains("138481").doesNotContain("138481.00");
    }

    /** Luminance of: the window background, a number, a missing value (NA), the generated-series mark. */
    private double[] gridColours(Theme theme) {
        double[] out = new double[4];
        interact(() -> {
            app.settings().themeProperty().set(theme);
            app.view().tabs().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            javafx.scene.Parent root = app.view().root();
            root.applyCss();
            root.layout();
            out[0] = luminance(((BorderPane) root).getBackground().getFills().get(0).getFill());
            out[1] = -1;
            out[2] = -1;
            for (javafx.scene.Node n : root.lookupAll(".number-cell")) {
                javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) n;
                if (c.isEmpty() || c.getText() == null) {
                    continue;
                }
                if (c.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("missing"))) {
                    out[2] = luminance(c.getTextFill());
                } else {
                    out[1] = luminance(c.getTextFill());
                }
            }
            out[3] = luminance(((Label) root.lookup(".generated-mark")).getTextFill());
        });
        return out;
    }

    @Test
    void missingValuesAndGeneratedSeriesStayReadableInBothThemes() {
        for (Theme t : Theme.values()) {
            double[] c = gridColours(t);
            assertThat(c[1]).as("a number was found").isGreaterThanOrEqualTo(0);
            assertThat(c[2]).as("a missing value was found").isGreaterThanOrEqualTo(0);
            // Numbers read best; NA is visibly dimmer but still well apart from the background; the mark of a
            // generated series is clearly visible.
            assertThat(Math.abs(c[1] - c[0])).as(t + " numbers").isGreaterThan(0.6);
            assertThat(Math.abs(c[2] - c[0])).as(t + " NA").isGreaterThan(0.2);
            assertThat(Math.abs(c[2] - c[1])).as(t + " NA against numbers").isGreaterThan(0.15);
            assertThat(Math.abs(c[3] - c[0])).as(t + " generated mark").isGreaterThan(0.25);
        }
    }

    @Test
    void exportedFiguresAreTheSameWhiteImageInBothThemes() throws Exception {
        Dataset annual = DataImporter.read(Path.of("sample-data", "china_us_annual.csv"));
        FigureSpec spec = PaperFigures.build(PaperFigure.number(1), annual,
                PaperFigures.defaultChoices(PaperFigure.number(1), annual));
        List<BufferedImage> images = new ArrayList<>();
        for (Theme t : List.of(Theme.LIGHT, Theme.DARK)) {
            interact(() -> {
                app.settings().themeProperty().set(t);
                images.add(ImageExport.toBufferedImage(ImageExport.render(() -> ChartFactory.create(spec),
                        new ImageSize(600, 400, 1))));
            });
        }
        BufferedImage light = images.get(0);
        BufferedImage dark = images.get(1);
        assertThat(light.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
        assertThat(dark.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
        long differing = 0;
        for (int y = 0; y < light.getHeight(); y++) {
            for (int x = 0; x < light.getWidth(); x++) {
                if (light.getRGB(x, y) != dark.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ between the themes").isZero();
    }

    @Test
    void preferencesOpenWithCtrlCommaAndApplyAtOnce() throws Exception {
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#preferencesDialog").tryQuery().isPresent());
        DialogPane pane = lookup("#preferencesDialog").query();
        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = (ComboBox<Theme>) pane.lookup("#prefTheme");
        assertThat(theme.getValue()).isEqualTo(Theme.LIGHT);
        interact(() -> theme.setValue(Theme.DARK));
        // Nothing changes before Apply.
        assertThat(app.settings().themeProperty().get()).isEqualTo(Theme.LIGHT);
        Button apply = (Button) pane.getButtonTypes().stream().filter(b -> b.getText().equals("Apply"))
                .findFirst().map(pane::lookupButton).orElseThrow();
        clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.settings().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(app.view().root().getStyleClass()).contains(Themes.DARK_CLASS);
        assertThat(pane.getStyleClass()).contains(Themes.DARK_CLASS);
        assertThat(((Region) pane.lookup("#prefMessage")).isVisible()).isTrue();
        clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#preferencesDialog").tryQuery()).isEmpty();
        // Applied settings stay after Cancel.
        assertThat(app.settings().store().theme()).isEqualTo(Theme.DARK);
    }
}
