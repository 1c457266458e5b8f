package org.tradeworkbench.core.io.atp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.PaperVariables.Flow;

/** Reads the synthetic Census high-tech fixtures (made-up numbers in the API's exact layout). */
class CensusAtpImporterTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/atp");
    static final Path EXPORTS_JSON = DIR.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json");
    static final Path IMPORTS_JSON = DIR.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json");
    static final Path EXPORTS_CSV = DIR.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.csv");

    // The fixture formula: month value = 1e8 * category + 1e6 * month + 1e7 * (year - 2015), imports x3.
    static double exportsYear(int category, int year) {
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += 1e8 * category + 1e6 * m + 1e7 * (year - 2015);
        }
        return sum / 1e6;
    }

    static double at(Dataset d, String column, Period p) {
        return d.get(column).get(d.index().rowOf(p).orElseThrow());
    }

    @Test
    void detectsJsonAndCsvAnswersButNotOtherFiles(@TempDir Path tmp) throws IOException {
        assertThat(CensusAtpImporter.detect(EXPORTS_JSON)).isTrue();
        assertThat(CensusAtpImporter.detect(IMPORTS_JSON)).isTrue();
        assertThat(CensusAtpImporter.detect(EXPORTS_CSV)).isTrue();
        Path plain = tmp.resolve("plain.csv");
        Files.writeString(plain, "year,x\n2004,1\n");
        assertThat(CensusAtpImporter.detect(plain)).isFalse();
        Path hs = tmp.resolve("hs.json");
        Files.writeString(hs, "[[\"CTY_CODE\",\"E_COMMODITY\",\"ALL_VAL_MO\",\"time\"],[\"5700\",\"88\",\"1\",\"2017-01\"]]");
        assertThat(CensusAtpImporter.detect(hs)).isFalse();
    }

    @Test
    void annualValueIsDecembersYearToDatePerCategoryAndInTotal() throws IOException {
        Dataset d = CensusAtpImporter.read(EXPORTS_JSON, false, null);
        assertThat(d.index().frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(d.index().start()).isEqualTo(Period.annual(2015));
        assertThat(d.index().end()).isEqualTo(Period.annual(2017));
        String aero = PaperVariables.atpColumn("us_china", "08", Flow.EXPORTS);
        assertThat(at(d, aero, Period.annual(2015))).isCloseTo(exportsYear(8, 2015), within(1e-9));
        assertThat(at(d, aero, Period.annual(2016))).isCloseTo(exportsYear(8, 2016), within(1e-9));
        double total = 0;
        for (int c = 1; c <= 10; c++) {
            total += exportsYear(c, 2016);
        }
        assertThat(at(d, PaperVariables.ATP_EXPORTS_CHINA, Period.annual(2016))).isCloseTo(total, within(1e-6));
        // 2017 holds January to March only: partial, missing, and said so.
        assertThat(at(d, PaperVariables.ATP_EXPORTS_CHINA, Period.annual(2017))).isNaN();
        assertThat(String.join("\n", d.notes())).contains("partial year(s) 2017 (to month 3)");
        // The 00 and all-commodities rows are skipped (their 999 would otherwise show up).
        assertThat(String.join("\n", d.notes())).contains("2 rows for code 00");
        assertThat(d.seriesNames()).hasSize(11);
    }

    @Test
    void csvSavedFromTheAnswerReadsLikeTheJson() throws IOException {
        Dataset json = CensusAtpImporter.read(EXPORTS_JSON, false, null);
        Dataset csv = CensusAtpImporter.read(EXPORTS_CSV, false, null);
        assertThat(csv.seriesNames()).isEqualTo(json.seriesNames());
        for (String s : json.seriesNames()) {
            assertThat(csv.get(s).values()).containsExactly(json.get(s).values());
        }
    }

    @Test
    void monthlyValuesAndBalancesFromBothFiles() throws IOException {
        Dataset d = CensusAtpImporter.readAll(List.of(EXPORTS_JSON, IMPORTS_JSON), true, List.of("5700"));
        assertThat(d.index().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(d.index().size()).isEqualTo(27);
        Period mar2017 = Period.monthly(2017, 3);
        String ex = PaperVariables.atpColumn("us_china", "04", Flow.EXPORTS);
        String im = PaperVariables.atpColumn("us_china", "04", Flow.IMPORTS);
        String bal = PaperVariables.atpColumn("us_china", "04", Flow.BALANCE);
        assertThat(at(d, ex, mar2017)).isCloseTo(400 + 3 + 20, within(1e-9));
        assertThat(at(d, im, mar2017)).isCloseTo(3 * (400 + 3 + 20), within(1e-9));
        assertThat(at(d, bal, mar2017)).isCloseTo(-2 * (400 + 3 + 20), within(1e-9));
        assertThat(d.get(bal).isGenerated()).isTrue();
        assertThat(d.get(PaperVariables.ATP_BALANCE_CHINA).expression())
                .isEqualTo(PaperVariables.ATP_EXPORTS_CHINA + " - " + PaperVariables.ATP_IMPORTS_CHINA);
    }

    @Test
    void balancesAppearAfterMergingAnExportsAndAnImportsDataset() throws IOException {
        Dataset ex = CensusAtpImporter.read(EXPORTS_JSON, false, null);
        Dataset im = CensusAtpImporter.read(IMPORTS_JSON, false, null);
        assertThat(ex.has(PaperVariables.ATP_BALANCE_CHINA)).isFalse();
        Dataset both = AtpColumns.withBalances(ex.merge(im));
        assertThat(at(both, PaperVariables.ATP_BALANCE_CHINA, Period.annual(2015)))
                .isCloseTo(-2 * at(ex, PaperVariables.ATP_EXPORTS_CHINA, Period.annual(2015)), within(1e-6));
    }

    @Test
    void otherPartnersAndTheWorldTotalGetTheirOwnColumns(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("two.csv");
        Files.writeString(f, "CTY_CODE,CTY_NAME,HITECH,HITECH_DESC,ALL_VAL_MO,ALL_VAL_YR,time\n"
                + "5800,\"KOREA, SOUTH\",08,AEROSPACE [08],2000000,24000000,2017-12\n"
                + ",TOTAL FOR ALL COUNTRIES,08,AEROSPACE [08],9000000,99000000,2017-12\n");
        Dataset d = CensusAtpImporter.read(f, false, null);
        assertThat(d.seriesNames()).contains("us_korea_south_atp08_exports_musd", "us_korea_south_atp_exports_musd",
                "us_world_atp08_exports_musd");
        assertThat(at(d, "us_korea_south_atp08_exports_musd", Period.annual(2017))).isEqualTo(24.0);
        assertThat(at(d, "us_world_atp_exports_musd", Period.annual(2017))).isEqualTo(99.0);
        Dataset korea = CensusAtpImporter.read(f, false, List.of("korea, south"));
        assertThat(korea.seriesNames()).allMatch(n -> n.startsWith("us_korea_south_"));
        assertThat(String.join("\n", d.notes())).contains("fewer than 10 categories at 2017 (1)");
    }

    @Test
    void monthlyThroughTheImporterOptions() {
        Dataset d = org.tradeworkbench.core.io.DataImporter.read(EXPORTS_JSON,
                org.tradeworkbench.core.io.ImportOptions.defaults().withMonthly(true));
        assertThat(d.index().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(at(d, PaperVariables.atpColumn("us_china", "01", Flow.EXPORTS), Period.monthly(2016, 2)))
                .isCloseTo(100 + 2 + 10, within(1e-9));
    }

    @Test
    void partnerFilterThatMatchesNothingIsAnError() {
        assertThatThrownBy(() -> CensusAtpImporter.read(EXPORTS_JSON, false, List.of("4280")))
                .isInstanceOf(DataException.class).hasMessageContaining("no ATP rows for the partner(s) 4280");
    }

    @Test
    void badValueIsReportedWithFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "[[\"CTY_CODE\",\"CTY_NAME\",\"HITECH\",\"HITECH_DESC\",\"ALL_VAL_MO\",\"ALL_VAL_YR\",\"time\"],\n"
                + "[\"5700\",\"CHINA\",\"01\",\"BIOTECHNOLOGY [01]\",\"12x\",\"1\",\"2017-01\"]]");
        assertThatThrownBy(() -> CensusAtpImporter.read(f, false, null)).isInstanceOf(DataException.class)
                .hasMessage("bad.json, line 2, column 5: ALL_VAL_MO \"12x\" is not a number (the Census API gives US$ as whole numbers)");
    }

    @Test
    void annualTimeIsRejectedWithAHint(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("annual.csv");
        Files.writeString(f, "CTY_CODE,CTY_NAME,HITECH,ALL_VAL_YR,time\n5700,CHINA,01,5,2017\n");
        assertThatThrownBy(() -> CensusAtpImporter.read(f, false, null)).isInstanceOf(DataException.class)
                .hasMessageContaining("annual.csv, line 2, column 5: time \"2017\" is not a month");
    }

    @Test
    void duplicateRowIsAnError(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("dup.csv");
        Files.writeString(f, "CTY_CODE,CTY_NAME,HITECH,ALL_VAL_MO,time\n5700,CHINA,01,5,2017-01\n5700,CHINA,01,6,2017-01\n");
        assertThatThrownBy(() -> CensusAtpImporter.read(f, false, null)).isInstanceOf(DataException.class)
                .hasMessageContaining("dup.csv, line 3: a second row for CHINA, HITECH 01, 2017-01");
    }
}
