package org.tradeworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.ui.task.SameThreadTaskRunner;

class ImportPreviewViewModelTest {
    private final ImportBackend backend = ImportBackend.standard();

    private ImportPreviewViewModel open(Path f) {
        ImportPreviewViewModel vm = new ImportPreviewViewModel(f, f.getFileName().toString(), ImportMode.ADD,
                backend, new SameThreadTaskRunner());
        vm.refresh();
        return vm;
    }

    @Test
    void aLongTableIsSummedOnlyOverTheColumnsNotChosenAsSeriesBy(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("products.csv");
        Files.writeString(f, "period,partner,product,value\n2020-01,5700,010000,1\n2020-01,5700,020000,2\n"
                + "2020-02,5700,010000,4\n2020-01,1220,010000,8\n");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.longTableProperty().get()).isTrue();
        assertThat(vm.options().seriesBy()).isNull();
        assertThat(backend.read(f, vm.options()).seriesNames()).as("nothing summed by default")
                .containsExactly("x5700_010000", "x5700_020000", "x1220_010000");

        vm.seriesByProperty().set(" partner ");
        assertThat(vm.options().seriesBy()).containsExactly("partner");
        Dataset byPartner = backend.read(f, vm.options());
        assertThat(byPartner.get("x5700").values()).containsExactly(3.0, 4.0);
        assertThat(byPartner.notes()).anyMatch(n -> n.contains("summed over product: one series per partner"));

        vm.seriesByProperty().set("TOTAL");
        assertThat(vm.options().seriesBy()).isEmpty();
        assertThat(backend.read(f, vm.options()).get("value").values()).containsExactly(11.0, 4.0);
        vm.seriesByProperty().set("partner; product");
        assertThat(vm.options().seriesBy()).containsExactly("partner", "product");

        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "year,x\n2001,1\n2002,2\n");
        assertThat(open(wide).longTableProperty().get()).isFalse();
    }

    @Test
    void theTimeIndexIsShownAndCanBeAnotherColumnOrNoneAndTheChoiceRoundTrips(@TempDir Path dir) throws Exception {
        // R's stackloss (first three rows: air flow, loss) with the observation numbers first, as gretl writes them.
        Path f = dir.resolve("obs.csv");
        Files.writeString(f, "obs,air,loss\n1,80,42\n2,80,37\n3,75,37\n");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.timeIndexProperty().get()).startsWith("Time index: column \"obs\" (observation numbers)");
        assertThat(vm.hasProblem()).isFalse();
        assertThat(backend.read(f, vm.options()).seriesNames()).containsExactly("air", "loss");

        vm.timeColumnProperty().set(ImportPreviewViewModel.NO_TIME_COLUMN);
        assertThat(vm.timeIndexProperty().get()).startsWith("Time index: none");
        assertThat(vm.previewProperty().get().kinds()).containsExactly("number", "number", "number");
        ImportOptions none = vm.options();
        assertThat(none.noTimeColumn()).isTrue();
        Dataset asSeries = backend.read(f, none);
        assertThat(asSeries.seriesNames()).containsExactly("obs", "air", "loss");
        assertThat(asSeries.get("obs").values()).containsExactly(1.0, 2.0, 3.0);
        // The choice as the command log writes it (open FILE --no-time-column) reads back as the same options.
        assertThat(roundTrip(f, none)).isEqualTo(none);

        vm.timeColumnProperty().set("air");
        assertThat(vm.timeIndexProperty().get()).startsWith("Time index: column \"air\"");
        assertThat(vm.hasProblem()).as("80 is not a period").isTrue();
        vm.timeColumnProperty().set("obs");
        assertThat(vm.timeIndexProperty().get()).startsWith("Time index: column \"obs\" (observation numbers)");
        assertThat(vm.hasProblem()).isFalse();
        assertThat(roundTrip(f, vm.options())).isEqualTo(vm.options());
        assertThat(backend.read(f, vm.options()).seriesNames()).containsExactly("air", "loss");
    }

    private static ImportOptions roundTrip(Path f, ImportOptions o) {
        org.tradeworkbench.core.commandlog.CommandLine line = org.tradeworkbench.core.commandlog.ImportOptionWords
                .addTo(org.tradeworkbench.core.commandlog.CommandLine.command("open").word(f.toString()), o).build();
        java.util.List<String> words = line.words();
        return org.tradeworkbench.core.commandlog.ImportOptionWords.parse(name -> {
            int i = words.indexOf("--" + name);
            return i < 0 || i + 1 >= words.size() ? java.util.Optional.empty() : java.util.Optional.of(words.get(i + 1));
        }, name -> words.contains("--" + name));
    }

    @Test
    void showsWhatWasDetectedAndTheRowsAsTheyWillBeRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("eu.csv");
        Files.writeString(f, "Jahr;Wert;Anteil\n2001;1.234,5;NA\n2002;2.000,25;0,5\n");
        ImportPreviewViewModel vm = open(f);
        ImportPreview p = vm.previewProperty().get();
        assertThat(vm.detectedProperty().get()).contains("delimiter \";\"").contains("decimal mark \",\"")
                .contains("time column \"Jahr\"");
        assertThat(p.rows()).hasSize(2);
        assertThat(ImportPreviewViewModel.display(p.rows().get(0).cells().get(1))).isEqualTo("1234.5");
        assertThat(ImportPreviewViewModel.display(p.rows().get(0).cells().get(2))).isEqualTo("NA");
        assertThat(vm.hasProblem()).isFalse();
        assertThat(vm.columnChoices()).contains("Jahr", "Wert", ImportPreviewViewModel.NO_TIME_COLUMN);
    }

    @Test
    void overridingTheDelimiterReReadsThePreview(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "year,a;b\n2001,1;2\n2002,3;4\n");
        ImportPreviewViewModel vm = open(f);
        int detectedColumns = vm.previewProperty().get().columns().size();
        vm.delimiterProperty().set(';');
        assertThat(vm.previewProperty().get().dialect().delimiter()).isEqualTo(';');
        assertThat(vm.previewProperty().get().columns()).hasSize(2).isNotEqualTo(detectedColumns);
        assertThat(vm.options().delimiter()).isEqualTo(';');
    }

    @Test
    void noTimeColumnNumbersTheRows(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "year,x\n2001,1\n2002,2\n");
        ImportPreviewViewModel vm = open(f);
        vm.timeColumnProperty().set(ImportPreviewViewModel.NO_TIME_COLUMN);
        assertThat(vm.options().noTimeColumn()).isTrue();
        Dataset d = backend.read(f, vm.options());
        assertThat(d.index().frequency()).isEqualTo(org.tradeworkbench.core.data.Frequency.UNDATED);
    }

    @Test
    void anEmptyFileCannotBeAddedOrReplacedAndItsMessageShowsOnce(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.importableProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("the file is empty: there is nothing to import");
        assertThat(vm.problemSeverityProperty().get()).isEqualTo(org.tradeworkbench.ui.status.Severity.ERROR);
        assertThat(ImportPreviewViewModel.notesBesides(vm.previewProperty().get(), vm.problemProperty().get()))
                .isEmpty();

        Path g = dir.resolve("good.csv");
        Files.writeString(g, "year,x\n2001,1\n2002,2\n");
        assertThat(open(g).importableProperty().get()).isTrue();
    }

    @Test
    void binaryDataAreNamedAsSuchNotAsARaggedRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("garbage.csv");
        byte[] bytes = new byte[600];
        new java.util.Random(3).nextBytes(bytes);
        Files.write(f, bytes);
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.importableProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("garbage.csv").contains("is not a text file")
                .doesNotContain("fields");
    }

    @Test
    void missingTokensAreTypedAsAList() {
        assertThat(ImportPreviewViewModel.parseTokens("NA, -99  ..")).containsExactly("", "NA", "-99", "..");
    }

    @Test
    void refusedCellsAreNamedBeforeImporting(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("year,x\n");
        for (int y = 2001; y <= 2020; y++) {
            csv.append(y).append(',').append(y == 2003 ? "1O" : "1").append('\n');
        }
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, csv.toString());
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.problemProperty().get()).isEqualTo("Line 4, x: \"1O\" is not a number");
    }

    @Test
    void worldBankFileOffersItsCountries() throws Exception {
        Path f = Path.of("..", "shared", "data", "raw", "wdi", "API_IP.PAT.NRES_DS2_en_csv_v2_427489.csv");
        assumeTrue(Files.exists(f), "raw WDI download not present");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.providerFormatProperty().get()).isTrue();
        assertThat(vm.previewProperty().get().format()).isEqualTo(ImportOptions.Format.WDI);
        assertThat(vm.choices()).contains(new ProviderChoice("CHN", "China"), new ProviderChoice("USA",
                "United States"));
        assertThat(vm.choices().size()).isGreaterThan(200);
        vm.chosen().setAll("JPN");
        Dataset d = backend.read(f, vm.options());
        assertThat(d.seriesNames()).hasSize(1);
        assertThat(d.seriesNames().get(0)).containsIgnoringCase("JPN");
    }

    @Test
    void censusTableOffersItsPartners() {
        Path f = Path.of("..", "shared", "data", "raw", "census", "country.csv");
        assumeTrue(Files.exists(f), "raw Census download not present");
        ImportPreviewViewModel vm = open(f);
        assertThat(vm.previewProperty().get().format()).isEqualTo(ImportOptions.Format.CENSUS);
        assertThat(vm.choices()).contains(new ProviderChoice("5700", "China"));
        assertThat(vm.choices().stream().filter(c -> c.code().equals("0003")).findFirst().orElseThrow().name())
                .isEqualTo("European Union");
    }
}
