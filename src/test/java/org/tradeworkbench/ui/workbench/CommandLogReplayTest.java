package org.tradeworkbench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.cli.Cli;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.analysis.causality.CausalityRow;
import org.tradeworkbench.ui.causality.CausalityViewModel;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.ui.importing.ImportMode;
import org.tradeworkbench.ui.importing.ImportReviewer;
import org.tradeworkbench.ui.main.MainViewModel;
import org.tradeworkbench.ui.regression.RegressionViewModel;
import org.tradeworkbench.core.analysis.stationarity.DifferenceChoice;
import org.tradeworkbench.core.analysis.stationarity.LagChoice;
import org.tradeworkbench.core.analysis.stationarity.StationarityRow;
import org.tradeworkbench.ui.stationarity.StationarityViewModel;

/**
 * The command log of a session driven through the view models (start-up on the bundled sample, data edits, undo
 * and redo, sample changes, the three test panels) saved as a script and replayed headless by {@code run-script}
 * gives every number the panels showed, each at the point of the log where the panel showed it.
 */
class CommandLogReplayTest {
    private static final Set<String> ANALYSES = Set.of("adf", "kpss", "ols", "causality", "granger");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WorkbenchModel model;
    private WorkbenchContext ctx;
    private MainViewModel main;
    private StationarityViewModel adf;
    private RegressionViewModel ols;
    private CausalityViewModel granger;
    /** Per log line of a test, the numbers the panel showed for it: statistic and p-value pairs, in order. */
    private final Map<Integer, List<double[]>> expected = new HashMap<>();
    private int checked;

    @BeforeEach
    void startLikeTheApp() {
        model = new WorkbenchModel();
        // Each panel appends its lines when it shows the result: record what it shows at that moment.
        model.commandLog().addListener(this::checkpoint);
        ctx = TestContexts.context(model, new RecordingNotifier());
        main = new MainViewModel(ctx, ImportBackend.standard(), ImportReviewer.acceptAll());
        main.loadSampleData();
        adf = new StationarityViewModel(model, ctx.debouncer());
        checkpoint();
        ols = new RegressionViewModel(model, ctx.debouncer());
        checkpoint();
        granger = new CausalityViewModel(model, ctx.debouncer());
        checkpoint();
    }

    /** Records what the panels show for each analysis line logged since the last call (called on every append). */
    private void checkpoint() {
        List<CommandLine> log = model.commandLog().entries();
        for (int i = checked; i < log.size(); i++) {
            CommandLine c = log.get(i);
            if (ANALYSES.contains(c.name())) {
                if (panelOf(c) == null) {
                    // Logged while the panel was being built: recorded once it is assigned.
                    return;
                }
                expected.put(i, shown(c));
            }
            checked = i + 1;
        }
    }

    private Object panelOf(CommandLine c) {
        return switch (c.name()) {
            case "adf", "kpss" -> adf;
            case "ols" -> ols;
            default -> granger;
        };
    }

    private List<double[]> shown(CommandLine c) {
        List<double[]> out = new ArrayList<>();
        switch (c.name()) {
            case "adf", "kpss" -> {
                String column = option(c, "column");
                StationarityRow r = adf.rowsProperty().get().stream().filter(x -> x.variable().equals(column))
                        .findFirst().orElseThrow();
                out.add(c.name().equals("adf") ? new double[] {r.adf().statistic(), r.adf().pValue()}
                        : new double[] {r.kpss().statistic(), r.kpss().pValue()});
            }
            case "ols" -> {
                for (Coefficient k : ols.outcome().result().coefficients()) {
                    out.add(new double[] {k.estimate(), k.pValue(), k.stdError()});
                }
            }
            default -> {
                for (CausalityRow r : granger.rowsProperty().get()) {
                    out.add(new double[] {r.statistic().fStatistic(), r.statistic().pValue()});
                }
            }
        }
        return out;
    }

    private static String option(CommandLine c, String name) {
        int at = c.words().indexOf("--" + name);
        return c.words().get(at + 1);
    }

    @Test
    void theSavedLogReplaysHeadlessToTheNumbersThePanelsShowed() throws Exception {
        // Start-up: the sample with the paper's variables; the Regression tab's own model.
        assertThat(model.commandLog().entries().get(0).toString()).isEqualTo("open --sample");
        // ...on the paper's years, logged before any panel's first run so the replay starts on the same sample.
        List<String> start = model.commandLog().entries().stream().map(CommandLine::toString).toList();
        assertThat(start.indexOf("smpl --from 2004 --to 2018")).isPositive()
                .isLessThan(start.stream().filter(l -> ANALYSES.contains(l.split(" ")[0])).findFirst()
                        .map(start::indexOf).orElseThrow());
        assertThat(ols.outcome()).isNotNull();

        // Stationarity: two typed variables, constant and trend, first difference, AIC up to 3 lags, KPSS too.
        adf.useTickedProperty().set(false);
        adf.typedProperty().set("PATENT\nlog(cn_patent_apps_resident)");
        adf.trendProperty().set(UnitRootTrend.CONSTANT_TREND);
        adf.differenceProperty().set(DifferenceChoice.FIRST);
        adf.defaultMaxLagProperty().set(false);
        adf.maxLagProperty().set(3);
        adf.kpssProperty().set(true);

        // Data edits: a generated series, a cell, a rename, a delete, an edit undone and redone, the sample.
        model.addGenerated("lres = log(cn_patent_apps_resident)");
        int row2010 = model.dataset().index().rowOf(Period.annual(2010)).getAsInt();
        double v = model.dataset().get("cn_patent_apps_nonresident").get(row2010);
        model.editCell("cn_patent_apps_nonresident", row2010, v * 1.25);
        model.renameSeries("cn_hightech_exports_pct_manuf", "hightech");
        model.deleteSeries(List.of("us_goods_imports_world_musd"));
        model.editCell("cn_fdi_net_inflows_pct_gdp", row2010, 9.5);
        model.undo();
        model.undo();
        model.redo();
        model.setSample(Period.annual(1998), Period.annual(2018));

        // An import merged on period (Add) that reaches beyond the sample's years, with a semicolon file.
        StringBuilder csv = new StringBuilder("year;imported\n");
        for (int y = 1990; y <= 2021; y++) {
            csv.append(y).append(';').append(String.format(java.util.Locale.ROOT, "%.3f", Math.sin(y) * 10 + y / 100.0))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("more.csv"), csv);
        main.importFiles(List.of(file), ImportMode.ADD);
        assertThat(model.dataset().has("imported")).isTrue();

        // Stationarity again: the smallest rejecting difference with fixed lags.
        adf.differenceProperty().set(DifferenceChoice.SMALLEST);
        adf.lagChoiceProperty().set(LagChoice.FIXED);
        adf.fixedLagsProperty().set(1);

        // Regression: HC1, and the generated series with one lag.
        ols.covarianceProperty().set(CovarianceType.HC1);
        ols.regressor("lres").lagsProperty().set(1);
        ols.regressor("lres").includedProperty().set(true);
        ols.regressor("imported").includedProperty().set(true);

        // The paper's Table 2 preset: its variables the sample supports, its sample, constant, no lags, smallest d.
        adf.applyPaperTable2();
        assertThat(model.sampleRange().describe()).isEqualTo("2004..2018");

        // Causality: three variables, every lag order up to 2.
        granger.useTickedProperty().set(false);
        granger.typedProperty().set("PATENT\nFDIGDP\nlres");
        granger.lagsProperty().set(2);
        granger.allLagsProperty().set(true);

        List<CommandLine> log = model.commandLog().entries();
        List<String> names = log.stream().map(CommandLine::name).toList();
        assertThat(names).contains("genr", "set", "rename", "delete", "undo", "redo", "smpl", "adf", "kpss", "ols",
                "causality");
        assertThat(log.stream().map(CommandLine::toString)).contains("undo 1", "redo 1",
                "append " + file.toAbsolutePath().normalize(),
                "smpl --from 1998 --to 2018", "smpl --from 2004 --to 2018", "rename cn_hightech_exports_pct_manuf hightech");
        // Re-runs of unchanged inputs on unchanged data are not logged twice in a row.
        for (int i = 1; i < log.size(); i++) {
            if (ANALYSES.contains(log.get(i).name())) {
                assertThat(log.get(i)).isNotEqualTo(log.get(i - 1));
            }
        }

        // Save the pane as a script, asking every analysis for JSON, and replay it headless.
        Path script = dir.resolve("session.tws");
        model.commandLog().save(script);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(script)) {
            boolean analysis = !line.startsWith("#") && ANALYSES.contains(line.split(" ")[0]);
            lines.add(analysis ? line + " --json" : line);
        }
        Files.write(script, lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"run-script", script.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();

        List<String> outputs = outputsPerCommand(out.toString(StandardCharsets.UTF_8));
        assertThat(outputs).hasSize(log.size());
        assertThat(expected).isNotEmpty();
        for (var e : expected.entrySet()) {
            CommandLine c = log.get(e.getKey());
            List<double[]> replayed = replayed(c, JSON.readTree(outputs.get(e.getKey())));
            List<double[]> gui = e.getValue();
            assertThat(replayed).as(c.toString()).hasSameSizeAs(gui);
            for (int i = 0; i < gui.size(); i++) {
                for (int k = 0; k < gui.get(i).length; k++) {
                    assertThat(replayed.get(i)[k]).as(c + " #" + i + "." + k)
                            .isCloseTo(gui.get(i)[k], within(1e-10 * Math.max(1, Math.abs(gui.get(i)[k]))));
                }
            }
        }
    }

    /** The output of each command: what follows its "> command" line. */
    private static List<String> outputsPerCommand(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("> ")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static List<double[]> replayed(CommandLine c, JsonNode j) {
        List<double[]> out = new ArrayList<>();
        switch (c.name()) {
            case "adf", "kpss" -> {
                JsonNode r = c.words().contains("--find-diff") ? j.get("tried").get(j.get("tried").size() - 1) : j;
                out.add(new double[] {r.get("statistic").asDouble(), r.get("p_value").asDouble()});
            }
            case "ols" -> {
                for (JsonNode k : j.get("coefficients")) {
                    out.add(new double[] {k.get("estimate").asDouble(), k.get("p_value").asDouble(),
                            k.get("std_error").asDouble()});
                }
            }
            default -> {
                for (JsonNode t : j.get("tests")) {
                    out.add(new double[] {t.get("f_statistic").asDouble(), t.get("p_value").asDouble()});
                }
            }
        }
        return out;
    }
}
