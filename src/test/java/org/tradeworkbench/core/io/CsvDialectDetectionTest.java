package org.tradeworkbench.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;

/**
 * The dialect features of a plain table one by one, each detected without options: the delimiters tab and
 * {@code |}, a time column found by each of its names wherever it stands, mixed line ends in one file, the
 * missing tokens beside a decimal comma, and Windows-1252 text outside Latin-1.
 */
class CsvDialectDetectionTest {
    @TempDir
    Path dir;

    private Dataset read(String content) throws IOException {
        Path p = dir.resolve("data.csv");
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return DataImporter.read(p);
    }

    @Test
    void tabDelimitedWithDateColumnOfQuarters() throws IOException {
        Dataset d = read("date\texports\timports\n2004-Q1\t1.5\t2\n2004-Q2\t2.5\t3\n2004-Q3\t3.5\t4\n");
        assertThat(DataImporter.preview(dir.resolve("data.csv"), ImportOptions.defaults(), 1).dialect().delimiter())
                .isEqualTo('\t');
        assertThat(d.index().frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(d.index().start()).isEqualTo(Period.quarterly(2004, 1));
        assertThat(d.seriesNames()).containsExactly("exports", "imports");
        assertThat(d.get("imports").values()).containsExactly(2.0, 3.0, 4.0);
    }

    @Test
    void pipeDelimitedWithQuarterColumn() throws IOException {
        Dataset d = read("quarter|x|y\n2010Q3|1|10\n2010Q4|2|20\n2011Q1|3|30\n");
        assertThat(d.index().start()).isEqualTo(Period.quarterly(2010, 3));
        assertThat(d.index().end()).isEqualTo(Period.quarterly(2011, 1));
        assertThat(d.get("y").values()).containsExactly(10.0, 20.0, 30.0);
    }

    /** A time column is found by its name even when it is not the first column. */
    @ParameterizedTest
    @ValueSource(strings = {"year", "date", "period", "quarter", "month", "Year", "DATE"})
    void timeColumnByNameAnywhere(String name) throws IOException {
        boolean annual = name.equalsIgnoreCase("year");
        String p1 = annual ? "2001" : "2001-03";
        String p2 = annual ? "2002" : "2001-04";
        String p3 = annual ? "2003" : "2001-05";
        Dataset d = read("x," + name + ",y\n1," + p1 + ",4\n2," + p2 + ",5\n3," + p3 + ",6\n");
        assertThat(d.seriesNames()).containsExactly("x", "y");
        assertThat(d.index().start()).isEqualTo(annual ? Period.annual(2001) : Period.monthly(2001, 3));
        assertThat(d.rowCount()).isEqualTo(3);
    }

    @Test
    void firstColumnOfPeriodsWithoutATimeName() throws IOException {
        Dataset d = read("obs_label,x\n1999Q4,1\n2000Q1,2\n2000Q2,3\n");
        assertThat(d.index().start()).isEqualTo(Period.quarterly(1999, 4));
        assertThat(d.seriesNames()).containsExactly("x");
    }

    @Test
    void aTimeNameWithoutPeriodsIsNumberedWithANote() throws IOException {
        Dataset d = read("period,x\n2004:1,1\n2004:2,4\n2004:3,2\n");
        assertThat(d.index().frequency()).isEqualTo(Frequency.UNDATED);
        assertThat(d.labels().get(0).name()).isEqualTo("period");
        assertThat(d.notes()).contains("column \"period\" is named like a time column, but its first value \"2004:1\""
                + " (line 2) is not a period (like 2004, 2004Q1, 2004-Q1, 2004-01 or 2004M01), so the rows are"
                + " numbered from 1; choose the time column in the import options if it holds the periods");
        assertThat(read("year,x\n2004,1\n2005,2\n").notes()).noneMatch(n -> n.contains("named like a time column"));
    }

    @Test
    void lfCrlfAndBareCrMixedInOneFile() throws IOException {
        Dataset d = read("year,a,b\r\n2001,1,2\n2002,3,4\r2003,5,6\r\n2004,7,8\n2005,9,10\r");
        assertThat(d.rowCount()).isEqualTo(5);
        assertThat(d.get("a").values()).containsExactly(1.0, 3.0, 5.0, 7.0, 9.0);
        assertThat(d.get("b").values()).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0);
    }

    @Test
    void quotedLineBreaksSurviveBareCrLineEnds() throws IOException {
        Dataset d = read("year,note,x\r2001,\"two\rlines\",1\r2002,plain,2\r");
        assertThat(d.labels().get(0).values()).containsExactly("two\rlines", "plain");
        assertThat(d.get("x").values()).containsExactly(1.0, 2.0);
    }

    @Test
    void everyMissingTokenBesideADecimalComma() throws IOException {
        Dataset d = read("year;x;y\n2001;.;1,5\n2002;..;-\n2003;NaN;null\n2004;#N/A;N/A\n2005;NA;\n2006;1;2,25\n");
        assertThat(d.get("x").values()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                1.0);
        assertThat(d.get("y").values()).containsExactly(1.5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 2.25);
    }

    @Test
    void quotedThousandsWithCommaDelimiterAndNegativeValues() throws IOException {
        Dataset d = read("year,x\n2001,\"1,234.5\"\n2002,\"-12,345,678.25\"\n2003,7\n");
        assertThat(d.get("x").values()).containsExactly(1234.5, -12345678.25, 7.0);
    }

    @Test
    void windows1252CharactersOutsideLatin1() throws IOException {
        Path p = dir.resolve("cp.csv");
        byte[] body = "year,unit,x\n2001,\u20ac bn \u2013 nominal,1\n2002,\u201cquoted\u201d,2\n"
                .getBytes(CsvDialect.WINDOWS_1252);
        Files.write(p, body);
        Dataset d = DataImporter.read(p);
        assertThat(d.labels().get(0).values()).containsExactly("\u20ac bn \u2013 nominal", "\u201cquoted\u201d");
        assertThat(d.get("x").values()).containsExactly(1.0, 2.0);
    }

    @Test
    void raggedRowsOfProviderFormatsNameLineAndColumn() throws IOException {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("period,variable,value\n2001,x,1\n2002,x\n"))
                .isInstanceOf(org.tradeworkbench.core.data.DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 3: this row has 2 fields but the header has 3");

        StringBuilder census = new StringBuilder("year,CTY_CODE,CTYNAME");
        for (String flow : new String[] {"I", "E"}) {
            for (String m : new String[] {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                    "DEC", "YR"}) {
                census.append(',').append(flow).append(m);
            }
        }
        census.append("\n2017,5700,China").append(",1".repeat(26)).append('\n');
        census.append("2018,5700,China").append(",1".repeat(20)).append('\n');
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(census.toString()))
                .isInstanceOf(org.tradeworkbench.core.data.DataException.class)
                .hasMessageStartingWith("data.csv, line 3, column 24: this row has 23 fields but the header has 29");

        String wdi = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2019-10-28\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2000\",\"2001\",\n"
                + "\"China\",\"CHN\",\"Patents\",\"IP.PAT.NRES\",\"1\",\"2\",\n"
                + "\"United States\",\"USA\",\"Patents\",\"IP.PAT.NRES\",\"1\"\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(wdi))
                .isInstanceOf(org.tradeworkbench.core.data.DataException.class)
                .hasMessageStartingWith("data.csv, line 7, column 6: this row has 5 fields but the header has 6");
    }
}
