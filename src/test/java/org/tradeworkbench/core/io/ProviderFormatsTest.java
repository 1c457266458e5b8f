package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;

/** Reads the real provider files in ../shared/data/raw and checks values against the raw text and the curated
 * tables built from them. */
class ProviderFormatsTest {
    static final Path RAW = Path.of("..", "shared", "data", "raw");
    static final Path CURATED = Path.of("..", "shared", "data", "curated", "china_us_hitech_annual.csv");
    static final Path CURATED_MONTHLY = Path.of("..", "shared", "data", "curated", "us_china_goods_monthly.csv");

    /** WDI indicator code -> curated column holding China's values from the same file. */
    static final Map<String, String> CURATED_COLUMN = Map.of(
            "IP.PAT.NRES", "cn_patent_apps_nonresident",
            "IP.PAT.RESD", "cn_patent_apps_resident",
            "BX.KLT.DINV.WD.GD.ZS", "cn_fdi_net_inflows_pct_gdp",
            "BX.KLT.DINV.CD.WD", "cn_fdi_net_inflows_usd",
            "NY.GDP.MKTP.CD", "cn_gdp_usd_2019vintage",
            "TX.VAL.TECH.MF.ZS", "cn_hightech_exports_pct_manuf");

    @TempDir
    Path dir;

    static List<Path> wdiFiles() throws IOException {
        Path wdi = RAW.resolve("wdi");
        assumeTrue(Files.isDirectory(wdi), "raw WDI files not available");
        try (Stream<Path> s = Files.list(wdi)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void chinaNonresidentPatents2004() {
        Path f = RAW.resolve("wdi").resolve("API_IP.PAT.NRES_DS2_en_csv_v2_427489.csv");
        assumeTrue(Files.exists(f));
        Dataset d = WdiImporter.read(f, List.of("China", "usa"));
        assertThat(d.seriesNames()).containsExactly("IP_PAT_NRES_CHN", "IP_PAT_NRES_USA");
        assertThat(d.index().start()).isEqualTo(Period.annual(1960));
        assertThat(d.index().end()).isEqualTo(Period.annual(2019));
        Series chn = d.get("IP_PAT_NRES_CHN");
        // the raw file's China row reads "64598" under 2004
        assertThat(chn.get(d.index().rowOf(Period.annual(2004)).getAsInt())).isEqualTo(64598.0);
        assertThat(chn.get(0)).isNaN();
        assertThat(chn.description()).contains("Patent applications, nonresidents").contains("China")
                .contains("2019-10-28");
    }

    @Test
    void everyWdiFileAgreesWithTheCuratedTable() throws IOException {
        assumeTrue(Files.exists(CURATED));
        Dataset curated = DataImporter.read(CURATED);
        int compared = 0;
        for (Path f : wdiFiles()) {
            Dataset d = DataImporter.read(f, ImportOptions.defaults().withCountries(List.of("CHN")));
            assertThat(d.series()).as(f.toString()).hasSize(1);
            Series s = d.series().get(0);
            String indicator = s.name().substring(0, s.name().length() - 4);
            String column = CURATED_COLUMN.entrySet().stream()
                    .filter(e -> e.getKey().replace('.', '_').equals(indicator)).findFirst().orElseThrow().getValue();
            Series c = curated.get(column);
            for (int i = 0; i < curated.rowCount(); i++) {
                Period p = curated.index().period(i);
                var row = d.index().rowOf(p);
                if (row.isEmpty()) {
                    continue;
                }
                double expected = c.get(i);
                double actual = s.get(row.getAsInt());
                if (Double.isNaN(expected)) {
                    assertThat(actual).as("%s %s", column, p).isNaN();
                } else {
                    assertThat(actual).as("%s %s", column, p)
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(expected) + 1e-6));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void wdiWithoutChoiceTakesChinaUsWorldWithANote() throws IOException {
        for (Path f : wdiFiles()) {
            Dataset d = DataImporter.read(f);
            assertThat(d.series()).as(f.toString()).hasSize(3);
            assertThat(d.seriesNames().get(0)).endsWith("_CHN");
            assertThat(d.seriesNames().get(1)).endsWith("_USA");
            assertThat(d.seriesNames().get(2)).endsWith("_WLD");
            assertThat(d.notes()).anyMatch(n -> n.contains("no countries were chosen"));
        }
    }

    @Test
    void wdiWithBareCrLineEndsReadsTheSame() throws IOException {
        Path f = RAW.resolve("wdi").resolve("API_NY.GDP.MKTP.CD_DS2_en_csv_v2_422026.csv");
        assumeTrue(Files.exists(f));
        byte[] b = Files.readAllBytes(f);
        String text = new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\r");
        Path cr = dir.resolve("gdp_cr.csv");
        Files.write(cr, text.getBytes(StandardCharsets.ISO_8859_1));
        Dataset a = DataImporter.read(f);
        Dataset c = DataImporter.read(cr);
        assertThat(c.series()).isEqualTo(a.series());
        assertThat(c.index()).isEqualTo(a.index());
    }

    @Test
    void unknownCountryIsNamed() throws IOException {
        Path f = wdiFiles().get(0);
        assertThatThrownBy(() -> WdiImporter.read(f, List.of("Atlantis")))
                .isInstanceOf(DataException.class).hasMessageContaining("no country \"Atlantis\"");
    }

    static Path census() {
        Path f = RAW.resolve("census").resolve("country.csv");
        assumeTrue(Files.exists(f), "raw Census file not available");
        return f;
    }

    @Test
    void censusChina2017AndBalance() {
        CensusCountryImporter.Result r = CensusCountryImporter.read(census(), List.of("China", "0015"));
        Dataset a = r.annual();
        assertThat(a.index().frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(a.seriesNames()).containsExactly("exports_china", "imports_china", "balance_china",
                "exports_world", "imports_world", "balance_world");
        int y2017 = a.index().rowOf(Period.annual(2017)).getAsInt();
        // raw row "2017,5700,China,...": IYR 505165.098057, EYR 129997.227243
        assertThat(a.get("exports_china").get(y2017)).isEqualTo(129997.227243);
        assertThat(a.get("imports_china").get(y2017)).isEqualTo(505165.098057);
        assertThat(a.get("balance_china").get(y2017)).isEqualTo(129997.227243 - 505165.098057);
        // 2024 holds January to June only: no annual value, and a note says so
        int y2024 = a.index().rowOf(Period.annual(2024)).getAsInt();
        assertThat(a.get("exports_china").get(y2024)).isNaN();
        assertThat(a.notes()).anyMatch(n -> n.startsWith("2024: the file holds January to June only"));

        Dataset m = r.monthly();
        assertThat(m.index().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(m.index().end()).isEqualTo(Period.monthly(2024, 6));
        int jun2024 = m.index().rowOf(Period.monthly(2024, 6)).getAsInt();
        assertThat(m.get("imports_china").get(jun2024)).isEqualTo(34113.997176);
        assertThat(m.get("exports_china").get(jun2024)).isEqualTo(11319.032104);
        int jan1985 = m.index().rowOf(Period.monthly(1985, 1)).getAsInt();
        assertThat(m.get("imports_china").get(jan1985)).isEqualTo(293.1);
    }

    @Test
    void censusAgreesWithTheCuratedTables() {
        assumeTrue(Files.exists(CURATED) && Files.exists(CURATED_MONTHLY));
        Dataset a = DataImporter.read(census());
        assertThat(a.notes()).anyMatch(n -> n.contains("no partners were chosen"));
        Dataset c = DataImporter.read(CURATED);
        int compared = 0;
        for (String[] pair : new String[][] {{"exports_china", "us_goods_exports_china_musd"},
                {"imports_china", "us_goods_imports_china_musd"}, {"exports_world", "us_goods_exports_world_musd"},
                {"imports_world", "us_goods_imports_world_musd"}}) {
            for (int i = 0; i < c.rowCount(); i++) {
                double expected = c.get(pair[1]).get(i);
                var row = a.index().rowOf(c.index().period(i));
                if (Double.isNaN(expected) || row.isEmpty()) {
                    continue;
                }
                assertThat(a.get(pair[0]).get(row.getAsInt())).as("%s %s", pair[0], c.index().period(i))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(expected)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);

        Dataset m = DataImporter.read(census(), ImportOptions.defaults().withMonthly(true));
        Dataset cm = DataImporter.read(CURATED_MONTHLY);
        compared = 0;
        for (String[] pair : new String[][] {{"exports_china", "us_exports_to_china_musd"},
                {"imports_china", "us_imports_from_china_musd"}, {"exports_world", "us_exports_world_nsa_musd"},
                {"imports_world", "us_imports_world_nsa_musd"}}) {
            for (int i = 0; i < cm.rowCount(); i++) {
                double expected = cm.get(pair[1]).get(i);
                int row = m.index().rowOf(cm.index().period(i)).getAsInt();
                assertThat(m.get(pair[0]).get(row)).as("%s %s", pair[0], cm.index().period(i))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(expected) + 1e-9));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(4 * cm.rowCount());
        assertThat(m.index().end()).isEqualTo(cm.index().end());
    }

    @Test
    void longFormatIsPivoted() throws IOException {
        Path f = dir.resolve("long.csv");
        Files.writeString(f, "Value;Series;Date\n1,5;exports;2001\n2;imports;2001\n3;exports;2003\nNA;imports;2003\n");
        Dataset d = DataImporter.read(f);
        assertThat(d.seriesNames()).containsExactly("exports", "imports");
        assertThat(d.index().start()).isEqualTo(Period.annual(2001));
        assertThat(d.get("exports").values()).containsExactly(1.5, Double.NaN, 3.0);
        assertThat(d.get("imports").values()).containsExactly(2.0, Double.NaN, Double.NaN);

        Files.writeString(f, "period,variable,value\n2001Q1,x,1\n2001Q2,x,2\n2001Q1,x,3\n");
        assertThatThrownBy(() -> DataImporter.read(f)).isInstanceOf(DataException.class)
                .hasMessage("long.csv, line 4, column 1: period 2001Q1 of \"x\" appears twice (also on line 2)");
    }
}
