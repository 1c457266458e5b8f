package org.tradeworkbench.ui.main;

import org.tradeworkbench.ui.workbench.TestContexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.export.ExportAll;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.render.ExportImages;
import org.tradeworkbench.ui.causality.CausalityView;
import org.tradeworkbench.ui.figures.FiguresView;
import org.tradeworkbench.ui.regression.RegressionView;
import org.tradeworkbench.ui.replication.ReplicationView;
import org.tradeworkbench.ui.stationarity.StationarityView;
import org.tradeworkbench.ui.testing.FxThread;
import org.tradeworkbench.ui.workbench.PanelResults;
import org.tradeworkbench.ui.workbench.RecordingNotifier;
import org.tradeworkbench.ui.workbench.WorkbenchContext;
import org.tradeworkbench.ui.workbench.WorkbenchModel;
import org.w3c.dom.Document;

/**
 * Export all on the bundled sample: every file the index lists exists and is not empty, the SVGs are XML, the
 * figures without data are listed with what they need, and a table's HTML holds the panel's own numbers.
 */
class ExportAllFxTest {

    @BeforeAll
    static void fx() throws Exception {
        FxThread.start();
    }

    @Test
    void exportsEveryFigureAndEveryPanelTableWithAnIndex(@TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        // As the app opens the sample: with the paper's variables the data support (PATENT, FDIGDP, ...).
        model.load(PaperData.withPaperVariables(PaperData.bundledSample()), null);
        RecordingNotifier notifier = new RecordingNotifier();
        WorkbenchContext ctx = TestContexts.context(model, notifier);
        // The tabs as the app builds them; each registers its panel's result.
        FxThread.run(() -> {
            FiguresView.create(ctx);
            StationarityView.create(ctx);
            RegressionView.create(ctx);
            CausalityView.create(ctx);
            ReplicationView.create(ctx);
        });
        PanelResults results = ctx.results();
        assertThat(results.panels()).extracting(PanelResults.Panel::key)
                .containsExactly("stationarity", "regression", "causality", "replication");
        ResultTable adf = FxThread.call(() -> results.panels().get(0).tables().get().get(0));
        // The sample has PATENT and FDIGDP, so the Regression tab opens with a model.
        ResultTable coefficients = FxThread.call(() -> results.panels().get(1).tables().get().get(0));
        int charts = FxThread.call(() -> results.panelFigures().size());
        assertThat(charts).isEqualTo(2);

        Path out = dir.resolve("export");
        AtomicReference<ExportAll.Written> written = new AtomicReference<>();
        // Same-thread tasks: the export runs here, off the FX thread, as the task runner runs it in the app.
        ExportAllAction.start(ctx, out, ExportImages.at(1, 2), written::set);
        assertThat(notifier.errors()).isEmpty();
        assertThat(written.get()).isNotNull();

        String index = Files.readString(out.resolve("index.html"));
        Set<String> listed = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(index);
        while (m.find()) {
            listed.add(m.group(1));
        }
        List<String> all = new ArrayList<>(written.get().figures());
        all.addAll(written.get().tables());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(all);
        for (String f : listed) {
            assertThat(Files.size(out.resolve(f))).as(f).isPositive();
        }
        for (String f : listed) {
            if (f.endsWith(".svg")) {
                DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
                dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                Document doc = dbf.newDocumentBuilder().parse(out.resolve(f).toFile());
                assertThat(doc.getDocumentElement().getNodeName()).as(f).isEqualTo("svg");
            }
        }
        // Figures: the general chart of the ticked variables is drawn as SVG and PNG.
        assertThat(listed).anyMatch(f -> f.endsWith(".svg")).anyMatch(f -> f.endsWith(".png"));
        // The sample has no Census ATP trade: the figures that need it are listed with what they need.
        assertThat(index).contains("Figures without data").contains("Needs:");
        // Every table format for the Stationarity table, and its HTML holds the panel's own statistic.
        String stem = "stationarity-" + org.tradeworkbench.core.figures.FigureSpec.slug(adf.title());
        for (String ext : List.of(".png", ".html", ".md", ".csv", ".tex")) {
            assertThat(listed).contains(stem + ext);
        }
        int z = adf.columns().indexOf("Z (ADF)");
        String statistic = adf.rows().get(0).get(z).display();
        assertThat(statistic).isNotBlank();
        assertThat(Files.readString(out.resolve(stem + ".html"))).contains(statistic);
        assertThat(Files.readString(out.resolve(stem + ".csv"))).contains(adf.rows().get(0).get(0).display());
        // The regression's coefficients as the panel holds them, and its two charts.
        String coefStem = "regression-" + org.tradeworkbench.core.figures.FigureSpec.slug(coefficients.title());
        String coefHtml = Files.readString(out.resolve(coefStem + ".html"));
        assertThat(coefHtml).contains(coefficients.rows().get(0).get(1).display());
        assertThat(Files.readString(out.resolve(coefStem + ".tex"))).contains(coefficients.rows().get(1).get(1).display());
        assertThat(listed.stream().filter(f -> f.endsWith(".svg"))).hasSizeGreaterThanOrEqualTo(3);
        // The replication report's tables are there too.
        assertThat(index).contains("<h2>Replication</h2>");
        assertThat(listed).anyMatch(f -> f.startsWith("replication-") && f.endsWith(".tex"));
    }

    @Test
    void aFailureNamesTheFileAndKeepsWhatWasWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("export");
        Files.createDirectories(out);
        ResultTable t = ResultTable.builder("Coefficients", "term", "estimate")
                .row(ResultTable.Cell.text("const"), ResultTable.Cell.number(1.5, 3)).build();
        // A folder where the Markdown file should go makes that one file fail.
        Files.createDirectories(out.resolve("regression-coefficients.md"));
        try {
            ExportAll.write(out, "t", List.of(), List.of(new ExportAll.Section("Regression", List.of(t), "")),
                    null, ExportAll.Progress.NONE);
            throw new AssertionError("the export should have failed");
        } catch (org.tradeworkbench.core.data.DataException e) {
            assertThat(e.getMessage()).contains("regression-coefficients.md");
        }
        assertThat(Files.readString(out.resolve("regression-coefficients.html"))).contains("1.500");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Export stopped here");
    }
}
