package org.tradeworkbench.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.LabelColumn;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.figures.FigureChoices;
import org.tradeworkbench.core.figures.FigureKind;

class WorkbenchStoreTest {
    @TempDir
    Path dir;

    /** Data with a missing value, an edited value, a generated series built on another, labels and notes. */
    static Dataset sampleData() {
        Dataset d = new Dataset("china_us", new TimeIndex(Period.annual(2004), 6),
                List.of(new Series("EX", new double[] {1.5, 2.25, Double.NaN, 4.0, 5.125, 0.1 + 0.2}, null, "exports"),
                        Series.of("IM", 3, 1e-300, 2.5e12, -7, 8, 9)),
                List.of(new LabelColumn("note", new String[] {"a", null, "c", "", "e", "f"})),
                List.of("1 period with no row was added as missing"));
        d = d.withValue("IM", 3, -7.75);
        d = Expressions.define(d, "bal", "EX - IM");
        d = Expressions.define(d, "dbal", "d(bal)");
        return d;
    }

    static WorkbenchFile sampleWorkbench() {
        Map<String, Object> adf = new LinkedHashMap<>();
        adf.put("column", "d(PATENT)");
        adf.put("lags", 0);
        adf.put("alpha", 0.05);
        adf.put("trends", List.of("c", "ct"));
        adf.put("nested", Map.of("on", true));
        adf.put("none", null);
        FigureChoices fig = FigureChoices.none().withColumn("balance", "bal").withVariables(List.of("EX", "IM"))
                .withRange(2006, 2009).withTitle("My title").withKind(FigureKind.BAR);
        return WorkbenchFile.of(DatasetState.of(sampleData()))
                .withSources(List.of(new SourceRecord("/data/x.csv", "ab12", Map.of("delimiter", ";"), "replace"),
                        new SourceRecord("/data/y.csv", null, Map.of(), "add")))
                .withSample("2005", "2008")
                .withSelectedVariables(List.of("bal", "EX"))
                .withPanel("stationarity", adf)
                .withPanel("regression", Map.of())
                .withFigure("1", fig)
                .withFigure("general", FigureChoices.none().withBaseYear(2005).withRightAxis(List.of("IM"))
                        .withType(org.tradeworkbench.core.figures.ChartType.SCATTER).withXVariable("EX")
                        .withFitLine(true).withRightLabel("Imports (US$)"))
                .withView(Map.of("tab", "figures"))
                .withCommands(List.of(CommandLine.of("adf", "--data", "my data.csv", "--column", "d(PATENT)"),
                        CommandLine.of("kpss", "--column", "it's")));
    }

    @Test
    void roundTripRestoresEveryValueAndSetting() {
        WorkbenchFile wb = sampleWorkbench();
        Path f = dir.resolve("session.tradewb");
        WorkbenchStore.save(wb, f);
        WorkbenchFile back = WorkbenchStore.open(f);

        Dataset original = sampleData();
        Dataset restored = back.dataset().toDataset();
        assertThat(restored.name()).isEqualTo(original.name());
        assertThat(restored.index()).isEqualTo(original.index());
        assertThat(restored.series()).containsExactlyElementsOf(original.series());
        assertThat(restored.get("IM").get(3)).isEqualTo(-7.75);
        assertThat(restored.get("EX").get(5)).isEqualTo(0.1 + 0.2);
        assertThat(restored.get("dbal").isGenerated()).isTrue();
        assertThat(restored.labels()).hasSize(1);
        assertThat(restored.labels().get(0).values()).containsExactly("a", null, "c", "", "e", "f");
        assertThat(restored.notes()).isEqualTo(original.notes());

        assertThat(back.dataset().series()).isEqualTo(wb.dataset().series());
        assertThat(back.dataset().start()).isEqualTo("2004");
        assertThat(back.dataset().rows()).isEqualTo(6);
        assertThat(back.sources()).isEqualTo(wb.sources());
        assertThat(back.sampleFrom()).isEqualTo("2005");
        assertThat(back.sampleTo()).isEqualTo("2008");
        assertThat(back.selectedVariables()).containsExactly("bal", "EX");
        assertThat(back.panels()).isEqualTo(wb.panels());
        assertThat(back.panel("stationarity").get("lags")).isEqualTo(0);
        assertThat(back.panel("stationarity").get("alpha")).isEqualTo(0.05);
        assertThat(back.figures()).isEqualTo(wb.figures());
        assertThat(back.view()).isEqualTo(wb.view());
        assertThat(back.commands()).isEqualTo(wb.commands());
        // Saving what was opened gives the same file.
        Path g = dir.resolve("again.tradewb");
        WorkbenchStore.save(back, g);
        assertThat(readString(g)).isEqualTo(readString(f));
    }

    @Test
    void aFileWrittenBeforeTheRightAxisLabelOpensWithTheDefaultLabel() throws IOException {
        Path f = dir.resolve("old.tradewb");
        WorkbenchStore.save(sampleWorkbench(), f);
        String text = readString(f);
        assertThat(text).contains("\"rightLabel\" : \"Imports (US$)\"");
        String old = text.replaceAll(",\\s*\"rightLabel\" : (null|\"[^\"]*\")", "");
        assertThat(old).doesNotContain("rightLabel");
        Files.writeString(f, old, StandardCharsets.UTF_8);
        WorkbenchFile back = WorkbenchStore.open(f);
        assertThat(back.figures().get("general").rightLabel()).isNull();
        assertThat(back.figures().get("general").rightAxis()).containsExactly("IM");
        assertThat(back.figures().get("1")).isEqualTo(sampleWorkbench().figures().get("1"));
    }

    @Test
    void fileStartsWithFormatAndVersion() {
        Path f = dir.resolve("a.tradewb");
        WorkbenchStore.save(sampleWorkbench(), f);
        assertThat(readString(f)).startsWith("{\n  \"format\" : \"trade-workbench\",\n  \"version\" : 1,");
    }

    @Test
    void failedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("keep.tradewb");
        WorkbenchStore.save(sampleWorkbench(), f);
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("{\"format\": \"trade-".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(DataException.class)
                .hasMessage("keep.tradewb: could not save (No space left on device); the previous file is unchanged");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
        assertThat(WorkbenchStore.open(f).commands()).hasSize(2);
    }

    @Test
    void savingOverAFolderFailsAndKeepsIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.tradewb"));
        Files.writeString(folder.resolve("inside.txt"), "keep me");
        assertThatThrownBy(() -> WorkbenchStore.save(sampleWorkbench(), folder))
                .isInstanceOf(DataException.class).hasMessageContaining("taken.tradewb: could not save (")
                .hasMessageContaining("is a folder");
        assertThat(Files.readString(folder.resolve("inside.txt"))).isEqualTo("keep me");
    }

    @Test
    void readOnlyFolderFailsAndKeepsThePreviousFile() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path f = ro.resolve("w.tradewb");
        WorkbenchStore.save(sampleWorkbench(), f);
        byte[] before = Files.readAllBytes(f);
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions; then this case cannot be made to fail and is skipped.
            Assumptions.assumeFalse(Files.isWritable(ro), "the folder stays writable for this user (root)");
            assertThatThrownBy(() -> WorkbenchStore.save(sampleWorkbench().withSample(null, null), f))
                    .isInstanceOf(DataException.class)
                    .hasMessage("w.tradewb: could not save (the folder " + ro.toAbsolutePath()
                            + " is not writable); the previous file is unchanged");
            assertThat(Files.readAllBytes(f)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newerVersionIsRefusedWithAMessage() throws IOException {
        Path f = dir.resolve("new.tradewb");
        WorkbenchStore.save(sampleWorkbench(), f);
        Files.writeString(f, readString(f).replace("\"version\" : 1,", "\"version\" : 7,")
                .replaceFirst("\"savedBy\" : \"[^\"]*\"", "\"savedBy\" : \"Trade Workbench 3.0\""));
        assertThatThrownBy(() -> WorkbenchStore.open(f)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("new.tradewb: was saved by a newer Trade Workbench (Trade Workbench 3.0, "
                        + "file format version 7); this is ")
                .hasMessageEndingWith(", which reads format version 1 and older. Update Trade Workbench to open it");
    }

    @Test
    void damagedFilesAreReportedWithTheirPlace() throws IOException {
        Path f = dir.resolve("bad.tradewb");
        Files.writeString(f, "{\"format\": \"trade-workbench\",\n \"version\": 1,\n \"dataset\": [1, }");
        assertThatThrownBy(() -> WorkbenchStore.open(f)).hasMessageStartingWith("bad.tradewb, line 3, column ")
                .hasMessageContaining("broken JSON");

        Files.writeString(f, "{\"hello\": 1}");
        assertThatThrownBy(() -> WorkbenchStore.open(f))
                .hasMessage("bad.tradewb: is not a Trade Workbench file (it lacks \"format\": \"trade-workbench\")");

        WorkbenchStore.save(sampleWorkbench(), f);
        String good = readString(f);
        Files.writeString(f, good.replaceFirst("\"values\" : \\[ 1.5,", "\"values\" : [ \"x\","));
        assertThatThrownBy(() -> WorkbenchStore.open(f))
                .hasMessage("bad.tradewb: dataset.series[0].values[0] must be a number or null, got \"x\"");
        Files.writeString(f, good.replace("\"rows\" : 6", "\"rows\" : 5"));
        assertThatThrownBy(() -> WorkbenchStore.open(f))
                .hasMessage("bad.tradewb: dataset.series[0].values has 6 values for 5 periods");
        assertThatThrownBy(() -> WorkbenchStore.open(dir.resolve("none.tradewb")))
                .hasMessage("none.tradewb: no such workbench file");
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
