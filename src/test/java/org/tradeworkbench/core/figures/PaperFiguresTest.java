package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.paper.PaperVariables;

class PaperFiguresTest {

    private static FigureSpec build(PaperFigure f, Dataset d) {
        return PaperFigures.build(f, d, PaperFigures.defaultChoices(f, d));
    }

    @Test
    void picksTheCuratedColumnsByName() {
        Dataset d = CuratedFrame.annual();
        FigureChoices c1 = PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d);
        assertThat(c1.column("balance")).contains("us_china_atp_balance_busd");
        assertThat(c1.column("exports")).contains("us_china_atp_exports_busd");
        assertThat(c1.column("imports")).isEmpty();
        FigureChoices c2 = PaperFigures.defaultChoices(PaperFigure.FIGURE_2, d);
        assertThat(c2.column("ratio")).isEmpty();
        assertThat(c2.column("china")).contains("us_china_atp_exports_busd");
        assertThat(c2.column("world")).contains("us_atp_exports_world_musd");
        assertThat(PaperFigures.defaultChoices(PaperFigure.FIGURE_3, d).columns()).isEmpty();
        assertThat(PaperFigures.defaultChoices(PaperFigure.FIGURE_4, d).columns()).isEmpty();
    }

    @Test
    void figure1ShowsTheFourKnownBalancesAndLeavesTheOtherYearsMissing() {
        FigureSpec s = build(PaperFigure.FIGURE_1, CuratedFrame.annual());
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.kind()).isEqualTo(FigureKind.BAR);
        assertThat(s.title()).isEqualTo("Figure 1. China–US high-tech trade balance, 2006–2017");
        assertThat(s.yAxisLabel()).isEqualTo("US balance with China (billion US$)");
        assertThat(s.xLabel()).isEqualTo("Year");
        assertThat(s.fileStem()).isEqualTo("figure-1-china-us-high-tech-trade-balance");
        assertThat(s.series()).hasSize(1);
        FigureSeries b = s.series().get(0);
        assertThat(b.name()).isEqualTo("us_china_atp_balance_busd");
        assertThat(b.periods()).hasSize(12).startsWith("2006").endsWith("2017");
        assertThat(b.y()[0]).isEqualTo(-54.982);
        assertThat(b.y()[2014 - 2006]).isEqualTo(-123.743);
        assertThat(b.y()[2016 - 2006]).isEqualTo(-115.691);
        assertThat(b.y()[2017 - 2006]).isEqualTo(-135.4);
        assertThat(b.presentCount()).isEqualTo(4);
        for (int y : new int[] {2007, 2008, 2009, 2010, 2011, 2012, 2013, 2015}) {
            assertThat(b.y()[y - 2006]).as("year %d", y).isNaN();
        }
        assertThat(b.segments()).extracting(seg -> seg[0] + "-" + seg[1]).containsExactly("0-0", "8-8", "10-11");
        assertThat(s.sourceNote()).contains("us_china_atp_balance_busd").contains("8 of 12 points missing");
    }

    @Test
    void figure2DividesExportsToChinaByExportsToTheWorldInTheSameUnit() {
        FigureSpec s = build(PaperFigure.FIGURE_2, CuratedFrame.annual());
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.title()).isEqualTo(
                "Figure 2. Ratio of US high-tech exports to China to US high-tech exports to the world, 2017");
        FigureSeries r = s.series().get(0);
        assertThat(r.periods()).containsExactly("2017");
        assertThat(r.y()[0]).isCloseTo(35.7e9 / 353798.278633e6, within(1e-15));
        assertThat(s.yUnit()).isEmpty();
    }

    @Test
    void figure2PrefersAComputedRatioColumn() {
        Dataset d = CuratedFrame.annual().with(Series.of("RATIO", values(16, 2004, 2005, 0.05, 0.06)));
        FigureChoices c = PaperFigures.defaultChoices(PaperFigure.FIGURE_2, d);
        assertThat(c.column("ratio")).contains("RATIO");
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_2, d, c);
        assertThat(s.series().get(0).y()).containsExactly(0.05, 0.06);
        assertThat(s.title()).endsWith(", 2004–2005");
    }

    @Test
    void categoryFiguresWithoutDataCarryAnEmptyStateNamingEverySeriesAndHowToLoadThem() {
        FigureSpec s3 = build(PaperFigure.FIGURE_3, CuratedFrame.annual());
        assertThat(s3.isEmpty()).isTrue();
        assertThat(s3.series()).isEmpty();
        assertThat(s3.emptyState().headline()).contains("Figure 3 needs US–China ATP trade by category");
        assertThat(s3.emptyState().needed()).containsExactly("US–China ATP balance: Information & communications",
                "US–China ATP balance: Opto-electronics", "US–China ATP balance: Weapons");
        assertThat(s3.emptyState().howToLoad()).contains("api.census.gov/data/timeseries/intltrade/exports/hitech")
                .contains("CTY_CODE=5700").contains("drop the files on the window").contains("--data");
        FigureSpec s4 = build(PaperFigure.FIGURE_4, CuratedFrame.annual());
        assertThat(s4.emptyState().needed()).hasSize(4).anyMatch(n -> n.endsWith("Aerospace"))
                .anyMatch(n -> n.endsWith("Life sciences"));
        assertThat(s4.emptyState().message()).contains("Needs: ").contains("Flexible manufacturing");
        assertThat(s4.title()).isEqualTo("Figure 4. US–China high-tech surplus categories");
    }

    /** Census-style category columns in US$, as an import of the API's answer would name them. */
    private static Dataset withCategories() {
        Dataset d = CuratedFrame.annual();
        String[] names = {"us_china_atp_balance_03_opto_electronics_usd",
                "us_china_atp_balance_04_information_communications_usd", "us_china_atp_balance_09_weapons_usd",
                "us_china_atp_balance_05_electronics_usd", "us_china_atp_balance_06_flexible_manufacturing_usd",
                "us_china_atp_balance_08_aerospace_usd", "us_china_atp_balance_02_life_science_usd",
                "us_china_atp_exports_04_information_communications_usd"};
        for (int i = 0; i < names.length; i++) {
            d = d.with(Series.of(names[i], values(16, 2013, 2019, (i + 1) * 1e9, -(i + 1) * 2e9, Double.NaN,
                    (i + 1) * 3e9, 1e9, 2e9, 3e9)));
        }
        return d;
    }

    @Test
    void categoryColumnsAreFoundByTheirWordsAndConvertedToBillions() {
        Dataset d = withCategories();
        FigureChoices c3 = PaperFigures.defaultChoices(PaperFigure.FIGURE_3, d);
        assertThat(c3.column("ict")).contains("us_china_atp_balance_04_information_communications_usd");
        assertThat(c3.column("opto")).contains("us_china_atp_balance_03_opto_electronics_usd");
        assertThat(c3.column("weapons")).contains("us_china_atp_balance_09_weapons_usd");
        FigureChoices c4 = PaperFigures.defaultChoices(PaperFigure.FIGURE_4, d);
        assertThat(c4.column("electronics")).contains("us_china_atp_balance_05_electronics_usd");
        assertThat(c4.column("life")).contains("us_china_atp_balance_02_life_science_usd");
        // The category balances must not be taken for the total.
        assertThat(PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d).column("balance"))
                .contains("us_china_atp_balance_busd");

        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_3, d, c3);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.series()).extracting(FigureSeries::label)
                .containsExactly("Information & communications", "Opto-electronics", "Weapons");
        FigureSeries ict = s.series().get(0);
        assertThat(ict.periods()).containsExactly("2013", "2014", "2015", "2016", "2017", "2018", "2019");
        assertThat(ict.y()).containsExactly(2.0, -4.0, Double.NaN, 6.0, 1.0, 2.0, 3.0);
        assertThat(s.yUnit()).isEqualTo("billion US$");
        assertThat(s.title()).isEqualTo("Figure 3. US–China high-tech deficit categories, 2013–2019");
    }

    @Test
    void theCensusImportColumnsAreChosenOverTheQuotedPointsAndEmptyColumnsAreSkipped() {
        Dataset d = CuratedFrame.annual();
        List<String> codes = PaperVariables.ATP_CATEGORY_CODES;
        for (int i = 0; i < codes.size(); i++) {
            for (PaperVariables.Flow flow : PaperVariables.Flow.values()) {
                String col = PaperVariables.atpColumn(PaperVariables.CHINA_PREFIX, codes.get(i), flow);
                d = d.with(Series.of(col, values(16, 2013, 2018, i * 1000.0 + flow.ordinal(), 1, 2, 3, 4, 5)));
            }
        }
        d = d.with(Series.of(PaperVariables.ATP_BALANCE_CHINA, values(16, 2013, 2018, -100e3, -110e3, -120e3,
                -130e3, -140e3, -150e3)));
        d = d.with(Series.of(PaperVariables.ATP_EXPORTS_CHINA, values(16, 2013, 2018, 30e3, 31e3, 32e3, 33e3,
                34e3, 35e3)));
        d = d.with(new Series("RATIO", CuratedFrame.fill(16), "us_china_atp_exports_musd / x", ""));
        FigureChoices c1 = PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d);
        assertThat(c1.column("balance")).contains("us_china_atp_balance_musd");
        FigureSpec s1 = PaperFigures.build(PaperFigure.FIGURE_1, d, c1);
        assertThat(s1.series().get(0).periods()).containsExactly("2013", "2014", "2015", "2016", "2017", "2018");
        assertThat(s1.series().get(0).y()).containsExactly(-100.0, -110.0, -120.0, -130.0, -140.0, -150.0);
        FigureChoices c2 = PaperFigures.defaultChoices(PaperFigure.FIGURE_2, d);
        assertThat(c2.column("ratio")).as("RATIO has no values").isEmpty();
        assertThat(c2.column("china")).contains("us_china_atp_exports_musd");
        assertThat(PaperFigures.build(PaperFigure.FIGURE_2, d, c2).series().get(0).y()[0])
                .isCloseTo(30e3 / 319734.05129, within(1e-15));
        FigureChoices c3 = PaperFigures.defaultChoices(PaperFigure.FIGURE_3, d);
        assertThat(c3.columns()).containsEntry("ict", "us_china_atp04_balance_musd")
                .containsEntry("opto", "us_china_atp03_balance_musd").containsEntry("weapons", "us_china_atp09_balance_musd");
        FigureChoices c4 = PaperFigures.defaultChoices(PaperFigure.FIGURE_4, d);
        assertThat(c4.columns()).containsEntry("flexible", "us_china_atp06_balance_musd")
                .containsEntry("aerospace", "us_china_atp08_balance_musd")
                .containsEntry("electronics", "us_china_atp05_balance_musd")
                .containsEntry("life", "us_china_atp02_balance_musd");
        FigureSpec s4 = PaperFigures.build(PaperFigure.FIGURE_4, d, c4);
        assertThat(s4.series().get(1).y()[0]).isEqualTo(7.002); // (7 * 1000 + 2) million = 7.002 billion
    }

    @Test
    void aPartlyFilledCategoryFigureDrawsWhatItHasAndSaysWhatIsNot() {
        Dataset d = withCategories();
        FigureChoices c = PaperFigures.defaultChoices(PaperFigure.FIGURE_4, d).withColumn("aerospace", null);
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_4, d, c);
        assertThat(s.series()).hasSize(3);
        assertThat(s.sourceNote()).contains("Not drawn, no column chosen: Aerospace.");
    }

    @Test
    void yearRangeTitleAndKindFollowTheChoices() {
        Dataset d = CuratedFrame.annual();
        FigureChoices c = PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d).withRange(2004, 2016)
                .withKind(FigureKind.LINE);
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_1, d, c);
        assertThat(s.kind()).isEqualTo(FigureKind.LINE);
        assertThat(s.title()).isEqualTo("Figure 1. China–US high-tech trade balance, 2004–2016");
        assertThat(s.series().get(0).periods()).hasSize(13);
        assertThat(s.series().get(0).presentCount()).isEqualTo(3);
        FigureSpec t = PaperFigures.build(PaperFigure.FIGURE_1, d, c.withTitle("My title").withSubtitle("Mine"));
        assertThat(t.title()).isEqualTo("My title");
        assertThat(t.subtitle()).isEqualTo("Mine");
        assertThat(t.fileStem()).isEqualTo("figure-1-china-us-high-tech-trade-balance");
        FigureSpec none = PaperFigures.build(PaperFigure.FIGURE_1, d, c.withRange(2008, 2012));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.emptyState().headline()).contains("no values between 2008 and 2012");
        assertThat(none.emptyState().howToLoad()).contains("2006–2017");
    }

    @Test
    void aChosenColumnThatIsNotInTheDataGivesAnEmptyStateNamingIt() {
        Dataset d = CuratedFrame.annual();
        FigureChoices c = FigureChoices.none().withColumn("balance", "atp_balance_from_an_old_file");
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_1, d, c);
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.emptyState().headline()).contains("atp_balance_from_an_old_file");
    }

    @Test
    void balanceIsExportsMinusImportsWhenNoBalanceColumnIsChosen() {
        TimeIndex t = new TimeIndex(Period.annual(2013), 3);
        Dataset d = new Dataset("census", t, List.of(Series.of("atp_exports_china_usd", 10e9, 12e9, 14e9),
                Series.of("atp_imports_china_usd", 100e9, Double.NaN, 110e9)));
        FigureChoices c = PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d);
        assertThat(c.column("balance")).isEmpty();
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_1, d, c);
        assertThat(s.series().get(0).y()).containsExactly(-90.0, Double.NaN, -96.0);
    }

    @Test
    void monthlyDataAreSummedOverCompleteYearsOnly() {
        TimeIndex t = new TimeIndex(Period.monthly(2016, 1), 30); // 2016-01 .. 2018-06
        double[] bal = new double[30];
        for (int i = 0; i < 30; i++) {
            bal[i] = -(i + 1) * 1e9;
        }
        bal[14] = Double.NaN; // 2017-03 missing
        Dataset d = new Dataset("monthly", t, List.of(new Series("hitech_balance_china_usd", bal, null, "")));
        FigureSpec s = build(PaperFigure.FIGURE_1, d);
        FigureSeries b = s.series().get(0);
        assertThat(b.periods()).containsExactly("2016");
        assertThat(b.y()[0]).isEqualTo(-78.0); // -(1+...+12)
        FigureSpec wide = PaperFigures.build(PaperFigure.FIGURE_1, d,
                PaperFigures.defaultChoices(PaperFigure.FIGURE_1, d).withRange(2016, 2018));
        assertThat(wide.series().get(0).y()).containsExactly(-78.0, Double.NaN, Double.NaN);
        assertThat(wide.sourceNote()).contains("Yearly totals of monthly data");
    }

    @Test
    void undatedDataGiveAnEmptyState() {
        Dataset d = new Dataset("x", TimeIndex.undated(3), List.of(Series.of("atp_balance_usd", 1, 2, 3)));
        FigureSpec s = build(PaperFigure.FIGURE_1, d);
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.emptyState().headline()).contains("not dated");
    }

    @Test
    void aColumnWithoutAUnitInItsNameIsDrawnAsItIsAndSaysSo() {
        TimeIndex t = new TimeIndex(Period.annual(2013), 2);
        Dataset d = new Dataset("x", t, List.of(Series.of("china_atp_balance", -5, -6)));
        FigureSpec s = build(PaperFigure.FIGURE_1, d);
        assertThat(s.series().get(0).y()).containsExactly(-5.0, -6.0);
        assertThat(s.yUnit()).isEqualTo("as in the data");
        assertThat(s.sourceNote()).contains("does not state its unit");
    }

    /** {@code n} NaNs from 2004, with {@code vals} placed from year {@code from} on ({@code to} is documentation). */
    static double[] values(int n, int from, int to, double... vals) {
        double[] v = CuratedFrame.fill(n);
        System.arraycopy(vals, 0, v, from - CuratedFrame.FIRST, Math.min(vals.length, to - from + 1));
        return v;
    }

    @Test
    void everyFigureHasSlotsWithDistinctKeys() {
        for (PaperFigure f : PaperFigure.values()) {
            List<String> keys = new ArrayList<>();
            f.slots().forEach(s -> keys.add(s.key()));
            assertThat(keys).doesNotHaveDuplicates();
            assertThat(PaperFigure.number(f.number())).isSameAs(f);
        }
    }

    @Test
    void balancesAreDerivedFromImportedExportsAndImports() throws Exception {
        // Synthetic files in the Census API's layout (see fixtures/atp/README.md): not trade data.
        java.nio.file.Path dir = java.nio.file.Path.of("src", "test", "resources", "fixtures", "atp");
        Dataset census = org.tradeworkbench.core.io.DataImporter.read(dir.resolve("SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json"))
                .merge(org.tradeworkbench.core.io.DataImporter.read(dir.resolve("SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json")));
        assertThat(census.has("us_china_atp04_balance_musd")).isFalse();
        FigureChoices c = PaperFigures.defaultChoices(PaperFigure.FIGURE_3, census);
        assertThat(c.column("ict")).contains("us_china_atp04_balance_musd");
        FigureSpec s = PaperFigures.build(PaperFigure.FIGURE_3, census, c);
        assertThat(s.series()).hasSize(3);
        Dataset derived = PaperFigures.withDerivedSeries(census);
        double[] x = derived.get("us_china_atp04_exports_musd").values();
        double[] m = derived.get("us_china_atp04_imports_musd").values();
        FigureSeries ict = s.series().get(0);
        assertThat(ict.periods()).containsExactly("2015", "2016");
        assertThat(ict.y()[0]).isCloseTo((x[0] - m[0]) / 1000, within(1e-9));
        assertThat(ict.y()[0]).isNegative();
        FigureSpec f1 = build(PaperFigure.FIGURE_1, census);
        assertThat(f1.series().get(0).name()).isEqualTo("us_china_atp_balance_musd");
    }
}
