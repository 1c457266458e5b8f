package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;

class CsvImportTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private Dataset read(String content) throws IOException {
        return DataImporter.read(write("data.csv", content));
    }

    @Test
    void aColumnReadAsTextSaysWhichCellMadeItTextWhenAnExpressionUsesIt() throws IOException {
        Dataset d = read("year,x,y\n2001,1,2\n2002,12,5O\n2003,3,3\n");
        assertThat(d.has("y")).isFalse();
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("\"y\" holds text")
                .contains("1 cell is not a number, the first on line 3: \"5O\""));
        assertThatThrownBy(() -> org.tradeworkbench.core.expr.Expressions.evaluate(d, "log(y)"))
                .hasMessageContaining("\"y\" was read as a text column")
                .hasMessageContaining("line 3: \"5O\"");
    }

    @Test
    void aNumberTooLargeForADoubleIsNamedAsSuch() throws IOException {
        Dataset d = read("year,x,y\n2001,1,2\n2002,12,1e400\n2003,3,3\n");
        assertThat(d.has("y")).isFalse();
        assertThat(d.notes()).anySatisfy(n -> assertThat(n)
                .contains("the first on line 3: \"1e400\", beyond the largest number a double holds"));
        Dataset fine = read("year,x,y\n2001,1,2\n2002,12,1e300\n2003,3,3\n");
        assertThat(fine.has("y")).isTrue();
    }

    @Test
    void annualWithYearColumn() throws IOException {
        Dataset d = read("year,exports,imports\n2004,1.5,2.25\n2005,NA,3\n2006,4e2,-0.5\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(d.index().start()).isEqualTo(Period.annual(2004));
        assertThat(d.rowCount()).isEqualTo(3);
        assertThat(d.seriesNames()).containsExactly("exports", "imports");
        assertThat(d.get("exports").values()).containsExactly(1.5, Double.NaN, 400.0);
        assertThat(d.get("imports").values()).containsExactly(2.25, 3.0, -0.5);
        assertThat(d.name()).isEqualTo("data");
    }

    @Test
    void quarterlyBothSpellings() throws IOException {
        Dataset d = read("period,x\n2004Q1,1\n2004-Q2,2\n2004Q3,3\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(d.index().start()).isEqualTo(Period.quarterly(2004, 1));
        assertThat(d.get("x").values()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void monthlyFirstColumnWithoutTimeName() throws IOException {
        Dataset d = read("m,x\n2004M11,1\n2004-12,2\n2005M01,3\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(d.index().start()).isEqualTo(Period.monthly(2004, 11));
        assertThat(d.get("x").values()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void undatedWhenNoColumnHoldsPeriods() throws IOException {
        Dataset d = read("a,b\n1.5,2\n3,4\n5,6\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.UNDATED);
        assertThat(d.index().start()).isEqualTo(Period.undated(1));
        assertThat(d.seriesNames()).containsExactly("a", "b");
        assertThat(d.get("a").values()).containsExactly(1.5, 3.0, 5.0);
    }

    @Test
    void everyMissingTokenIsMissing() throws IOException {
        Dataset d = read("year,x\n2000,\n2001,NA\n2002,N/A\n2003,#N/A\n2004,.\n2005,..\n2006,-\n2007,null\n"
                + "2008,NaN\n2009,7\n");
        double[] v = d.get("x").values();
        for (int i = 0; i < 9; i++) {
            assertThat(v[i]).as("row %d", i).isNaN();
        }
        assertThat(v[9]).isEqualTo(7.0);
    }

    @Test
    void gapsBecomeMissingRowsWithANote() throws IOException {
        Dataset d = read("year,x\n2001,1\n2004,4\n2002,2\n");
        assertThat(d.rowCount()).isEqualTo(4);
        assertThat(d.get("x").values()).containsExactly(1.0, 2.0, Double.NaN, 4.0);
        assertThat(d.notes()).anyMatch(n -> n.contains("2003") && n.contains("missing"));
        assertThat(d.notes()).anyMatch(n -> n.contains("sorted"));
    }

    @Test
    void duplicatePeriodIsAnErrorWithItsLine() throws IOException {
        assertThatThrownBy(() -> read("year,x\n2001,1\n2002,2\n2001,3\n"))
                .isInstanceOf(DataException.class)
                .hasMessage("data.csv, line 4, column 1: period 2001 appears twice (also on line 2)");
    }

    @Test
    void unparseablePeriodIsLocated() throws IOException {
        assertThatThrownBy(() -> read("year,x\n2001,1\n20x2,2\n"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 1: \"20x2\" is not a period");
    }

    @Test
    void badNumberInNumericColumnIsLocated() throws IOException {
        StringBuilder sb = new StringBuilder("year,a,price\n");
        for (int y = 2000; y < 2020; y++) {
            sb.append(y).append(",1,").append(y == 2012 ? "12,5O" : "12.5").append('\n');
        }
        Path p = write("prices.csv", sb.toString().replace("12,5O", "\"12,5O\""));
        assertThatThrownBy(() -> DataImporter.read(p))
                .isInstanceOf(DataException.class)
                .hasMessage("prices.csv, line 14, column 3: \"12,5O\" is not a number");
    }

    @Test
    void textColumnIsKeptAsLabels() throws IOException {
        Dataset d = read("year,country,x\n2001,China,1\n2002,United States,2\n");
        assertThat(d.seriesNames()).containsExactly("x");
        assertThat(d.labels()).hasSize(1);
        assertThat(d.labels().get(0).name()).isEqualTo("country");
        assertThat(d.labels().get(0).values()).containsExactly("China", "United States");
        assertThat(d.notes()).anyMatch(n -> n.contains("country") && n.contains("label"));
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertThatThrownBy(() -> read("")).isInstanceOf(DataException.class)
                .hasMessage("data.csv, line 1: the file is empty");
        assertThatThrownBy(() -> read("\r\n\n")).isInstanceOf(DataException.class)
                .hasMessage("data.csv, line 1: the file is empty");
        assertThatThrownBy(() -> read("year,x,y\n")).isInstanceOf(DataException.class)
                .hasMessage("data.csv, line 2: the file has a header line but no data rows");
    }

    @Test
    void raggedRowIsNamed() throws IOException {
        assertThatThrownBy(() -> read("year,x,y\n2001,1,2\n2002,3\n"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 3: this row has 2 fields but the header has 3");
        assertThatThrownBy(() -> read("year,x,y\n2001,1,2\n2002,3,4,5\n"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 4: this row has 4 fields but the header has 3");
    }

    @Test
    void duplicateAndBlankNamesAreRenamedWithANote() throws IOException {
        Dataset d = read("year,x,x,\n2001,1,2,3\n2002,4,5,6\n");
        assertThat(d.seriesNames()).containsExactly("x", "x_2", "col4");
        assertThat(d.notes()).anyMatch(n -> n.contains("x_2"));
        assertThat(d.notes()).anyMatch(n -> n.contains("col4"));
    }

    @Test
    void rowsOfEmptyCellsAreSkippedWithANote() throws IOException {
        Dataset d = read("year,x,y\n2001,1,2\n,,\n2002,3,4\n,,\n");
        assertThat(d.rowCount()).isEqualTo(2);
        assertThat(d.get("y").values()).containsExactly(2.0, 4.0);
        assertThat(d.notes()).contains("2 rows with only empty cells were skipped");
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedBeforeReading() {
        assertThatThrownBy(() -> CsvTableReader.checkMemory("big.csv", 6L << 30, 5L << 30, 1L << 30))
                .isInstanceOf(DataException.class)
                .hasMessage("big.csv: the file (6.0 GB) needs about 5.0 GB of memory once read, but only 1.0 GB is"
                        + " free for Java: start the program with a larger -Xmx (e.g. -Xmx11g)");
        CsvTableReader.checkMemory("small.csv", 1 << 20, 1 << 20, 1L << 30);
    }

    @Test
    void trailingEmptyColumnIsDropped() throws IOException {
        Dataset d = read("year,x,\n2001,1,\n2002,4,\n");
        assertThat(d.seriesNames()).containsExactly("x");
    }

    @Test
    void semicolonDecimalCommaCrlf() throws IOException {
        Dataset d = read("Jahr;Exporte;Importe\r\n2001;1,5;1.234,5\r\n2002;2,25;-3\r\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(d.get("Exporte").values()).containsExactly(1.5, 2.25);
        assertThat(d.get("Importe").values()).containsExactly(1234.5, -3.0);
    }

    @Test
    void quotedFieldsWithDelimitersNewlinesAndThousands() throws IOException {
        Dataset d = read("year,\"note, long\",value\n2001,\"a\nb\",\"1,234.5\"\n2002,\"say \"\"hi\"\"\",7\n");
        assertThat(d.get("value").values()).containsExactly(1234.5, 7.0);
        assertThat(d.labels().get(0).name()).isEqualTo("note, long");
        assertThat(d.labels().get(0).values()).containsExactly("a\nb", "say \"hi\"");
    }

    @Test
    void bareCrAndBomAndWindows1252() throws IOException {
        Path p = dir.resolve("w.csv");
        byte[] body = "year;Pr\u00e9sident;x\r2001;Chirac;1,5\r2002;Chirac;2\r".getBytes(CsvDialect.WINDOWS_1252);
        Files.write(p, body);
        Dataset d = DataImporter.read(p);
        assertThat(d.labels().get(0).name()).isEqualTo("Pr\u00e9sident");
        assertThat(d.get("x").values()).containsExactly(1.5, 2.0);

        byte[] utf = "\uFEFFyear,\u00e9t\u00e9\n2001,3\n".getBytes(StandardCharsets.UTF_8);
        Files.write(p, utf);
        Dataset u = DataImporter.read(p);
        assertThat(u.seriesNames()).containsExactly("\u00e9t\u00e9");
        assertThat(u.index().start()).isEqualTo(Period.annual(2001));
    }

    @Test
    void noHeaderIsDetected() throws IOException {
        Dataset d = read("2001,1.5,2\n2002,2.5,3\n");
        assertThat(d.index().start()).isEqualTo(Period.annual(2001));
        assertThat(d.seriesNames()).containsExactly("col2", "col3");
    }

    @Test
    void mixedFrequenciesAreAnError() throws IOException {
        assertThatThrownBy(() -> read("period,x\n2001Q1,1\n2001-02,2\n"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 1: \"2001-02\" is a monthly period");
    }

    @Test
    void curatedFilesRead() {
        Path annual = Path.of("..", "shared", "data", "curated", "china_us_hitech_annual.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(annual));
        Dataset d = DataImporter.read(annual);
        assertThat(d.index().start()).isEqualTo(Period.annual(1995));
        assertThat(d.index().end()).isEqualTo(Period.annual(2023));
        assertThat(d.get("us_goods_exports_china_musd").get(0)).isEqualTo(11753.7);
        assertThat(d.get("us_china_atp_balance_busd").get(0)).isNaN();

        Dataset m = DataImporter.read(Path.of("..", "shared", "data", "curated", "us_china_goods_monthly.csv"));
        assertThat(m.index().start()).isEqualTo(Period.monthly(1987, 1));
        assertThat(m.index().end()).isEqualTo(Period.monthly(2024, 6));
        assertThat(m.get("us_exports_to_china_musd").get(0)).isEqualTo(213.3);
    }
}
