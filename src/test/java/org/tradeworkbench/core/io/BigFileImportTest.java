package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Files of a few hundred thousand rows (synthetic load data, {@link SyntheticLoadFiles}): the streaming read gives
 * the values the generator wrote, reports progress that only rises and ends at 1, and stops when cancelled.
 */
class BigFileImportTest {
    @TempDir
    Path dir;

    /** Records progress; cancels once it passes {@code cancelAt} (above 1: never). */
    static final class Recording implements ProgressReporter {
        final List<Double> fractions = new ArrayList<>();
        final double cancelAt;
        boolean cancelled;

        Recording(double cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void progress(double fraction) {
            fractions.add(fraction);
            cancelled |= fraction >= cancelAt;
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void aWideFileStreamsWithProgressRisingToOne() throws IOException {
        Path f = dir.resolve("wide.csv");
        SyntheticLoadFiles.Wide w = SyntheticLoadFiles.writeWide(f, 200_000, 5, 11L);
        Recording progress = new Recording(2);
        Dataset d = DataImporter.read(f, ImportOptions.defaults(), progress);
        assertThat(d.rowCount()).isEqualTo(200_000);
        assertThat(d.seriesNames()).containsExactly("x1", "x2", "x3", "x4", "x5");
        for (int j = 0; j < 5; j++) {
            double sum = 0;
            for (double v : d.series().get(j).values()) {
                sum += v;
            }
            assertThat(sum).isEqualTo(w.sums()[j]);
        }
        assertThat(progress.fractions).hasSizeGreaterThan(5);
        assertThat(progress.fractions).isSorted();
        assertThat(progress.fractions.get(progress.fractions.size() - 1)).isEqualTo(1.0);
        assertThat(progress.fractions).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
    }

    @Test
    void cancellingAWideFileStopsTheReadBetweenChunks() throws IOException {
        Path f = dir.resolve("wide.csv");
        SyntheticLoadFiles.writeWide(f, 200_000, 5, 12L);
        Recording progress = new Recording(0.3);
        assertThatThrownBy(() -> DataImporter.read(f, ImportOptions.defaults(), progress))
                .isInstanceOf(CancellationException.class)
                .hasMessage("the import of wide.csv was cancelled");
        double last = progress.fractions.get(progress.fractions.size() - 1);
        assertThat(last).isGreaterThanOrEqualTo(0.3).isLessThan(0.5);
    }

    @Test
    void aProductLevelFileIsSummedPerPartnerAndMonthOnTheFly() throws IOException {
        Path f = dir.resolve("products.csv");
        SyntheticLoadFiles.ProductLevel p = SyntheticLoadFiles.writeProductLevel(f, 2019, 24, 20, 500, 0.8, 13L);
        assertThat(p.rows()).isGreaterThan(150_000);
        Recording progress = new Recording(2);
        Dataset d = DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of("partner")), progress);
        assertThat(d.index().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(d.index().start()).isEqualTo(Period.monthly(2019, 1));
        assertThat(d.rowCount()).isEqualTo(24);
        assertThat(d.seriesNames()).hasSize(20).startsWith("P001", "P002");
        for (Map.Entry<String, long[]> e : p.sums().entrySet()) {
            double[] got = d.get(e.getKey()).values();
            for (int m = 0; m < 24; m++) {
                assertThat(got[m]).as("%s month %d", e.getKey(), m).isEqualTo((double) e.getValue()[m]);
            }
        }
        assertThat(d.get("P001").description()).isEqualTo("sum of value over product");
        assertThat(d.notes()).contains("long table of " + p.rows() + " rows (period, partner, product, value)"
                + " summed over product: one series per partner (20 series)");
        assertThat(progress.fractions).isSorted();
        assertThat(progress.fractions.get(progress.fractions.size() - 1)).isEqualTo(1.0);

        Dataset total = DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of()));
        assertThat(total.seriesNames()).containsExactly("value");
        long[] t = p.total();
        for (int m = 0; m < 24; m++) {
            assertThat(total.get("value").get(m)).isEqualTo((double) t[m]);
        }
    }

    @Test
    void cancellingAProductLevelFileStops() throws IOException {
        Path f = dir.resolve("products.csv");
        SyntheticLoadFiles.writeProductLevel(f, 2019, 24, 20, 500, 0.8, 14L);
        Recording progress = new Recording(0.5);
        assertThatThrownBy(() -> DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of("partner")),
                progress)).isInstanceOf(CancellationException.class);
        assertThat(progress.fractions.get(progress.fractions.size() - 1)).isLessThan(1.0);
    }

    @Test
    void everyCombinationOfTheKeysIsASeriesAndThenARepeatIsAnError() throws IOException {
        Path f = dir.resolve("small.csv");
        java.nio.file.Files.writeString(f, "period,partner,product,value\n"
                + "2020-02,5700,010000,10\n2020-01,5700,010000,5\n2020-02,5700,020000,NA\n"
                + "2020-02,1220,010000,7\n2020-04,1220,010000,8\n");
        Dataset d = DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of("Partner", "product")));
        assertThat(d.seriesNames()).containsExactly("x5700_010000", "x5700_020000", "x1220_010000");
        assertThat(d.index().start()).isEqualTo(Period.monthly(2020, 1));
        assertThat(d.get("x5700_010000").values()).containsExactly(5.0, 10.0, Double.NaN, Double.NaN);
        assertThat(d.get("x5700_020000").values()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        assertThat(d.get("x1220_010000").values()).containsExactly(Double.NaN, 7.0, Double.NaN, 8.0);
        assertThat(d.notes()).contains("1 period has no row; missing values were added");

        Dataset byDefault = DataImporter.read(f);
        assertThat(byDefault.seriesNames()).as("nothing is summed unless asked")
                .containsExactly("x5700_010000", "x5700_020000", "x1220_010000");
        assertThat(byDefault.get("x5700_010000").values()).containsExactly(5.0, 10.0, Double.NaN, Double.NaN);
        assertThat(byDefault.notes()).noneMatch(n -> n.contains("summed"));
        assertThat(byDefault.get("x5700_010000").description()).isEmpty();

        Dataset byPartner = DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of("partner")));
        assertThat(byPartner.seriesNames()).containsExactly("x5700", "x1220");
        assertThat(byPartner.notes()).contains("long table of 5 rows (period, partner, product, value) summed over"
                + " product: one series per partner (2 series)");
        // a missing cell adds nothing; a month with only missing cells would stay missing
        assertThat(byPartner.get("x5700").values()).containsExactly(5.0, 10.0, Double.NaN, Double.NaN);
        assertThat(byPartner.notes()).contains("1 value is missing; the sums add the values given, and a period"
                + " with none is missing");

        java.nio.file.Files.writeString(f, "period,partner,product,value\n"
                + "2020-01,5700,010000,1\n2020-02,5700,010000,2\n2020-01,5700,010000,3\n");
        assertThatThrownBy(() -> DataImporter.read(f))
                .hasMessage("small.csv, line 4, column 1: period 2020-01 of \"5700_010000\" appears twice (also on line 2)");
        assertThatThrownBy(() -> DataImporter.read(f, ImportOptions.defaults()
                .withSeriesBy(List.of("partner", "product"))))
                .hasMessage("small.csv, line 4, column 1: period 2020-01 of \"5700_010000\" appears twice (also on line 2)");
        assertThatThrownBy(() -> DataImporter.read(f, ImportOptions.defaults().withSeriesBy(List.of("flow"))))
                .hasMessage("small.csv, line 1: there is no column \"flow\" to name the series by; the long table's"
                        + " columns besides period and value are partner, product");
    }

    @Test
    void tooManyCombinationsByDefaultAskWhichColumnsMakeASeries() throws IOException {
        Path f = dir.resolve("products.csv");
        SyntheticLoadFiles.writeProductLevel(f, 2019, 2, 20, 500, 0.8, 15L);
        assertThatThrownBy(() -> DataImporter.read(f))
                .hasMessageStartingWith("products.csv, line ")
                .hasMessageEndingWith(": this long table has more than 5000 combinations of partner and product;"
                        + " name the columns that make a series and the value is summed over the others"
                        + " (Series by in the import dialog, --series-by in a script: e.g. partner, or total for"
                        + " one series)");
    }

    @Test
    void aLongTableWithAValueThatIsNotANumberNamesTheCell() throws IOException {
        Path f = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(f, "period,partner,product,value\n2020-01,5700,010000,1\n"
                + "2020-02,5700,010000,1O\n");
        assertThatThrownBy(() -> DataImporter.read(f))
                .hasMessage("bad.csv, line 3, column 4: \"1O\" is not a number");
    }
}
