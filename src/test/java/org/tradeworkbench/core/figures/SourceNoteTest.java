package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one line breaking of a chart's source note that the PNG and the SVG both draw. */
class SourceNoteTest {

    @Test
    void wordsStayWholeAndEachLineHoldsAsManyAsFit() {
        String note = "Data: us_goods_imports_china_musd (U.S. goods imports from China, million US$); "
                + "cn_fdi_net_inflows_pct_gdp (FDI net inflows, % of GDP). cn_fdi_net_inflows_pct_gdp is measured "
                + "on the right axis.";
        double width = 300;
        List<String> lines = SourceNote.wrap(note, width);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(note);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(SourceNote.width(lines.get(i))).as(lines.get(i)).isLessThanOrEqualTo(width);
            if (i + 1 < lines.size()) {
                String next = lines.get(i + 1).split(" ")[0];
                assertThat(SourceNote.width(lines.get(i) + " " + next)).as("the next word would not fit")
                        .isGreaterThan(width);
            }
        }
        assertThat(SourceNote.wrap(note, 10_000)).containsExactly(note);
    }

    @Test
    void aWordLongerThanALineIsCutWhereItStopsFitting() {
        String url = "https://api.worldbank.org/v2/country/CHN/indicator/BX.KLT.DINV.WD.GD.ZS?format=json&date=1995:2019";
        List<String> lines = SourceNote.wrap("See " + url + " for the series.", 150);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(("See" + url + "fortheseries."));
        for (String l : lines) {
            assertThat(SourceNote.width(l)).as(l).isLessThanOrEqualTo(150);
        }
        assertThat(lines.get(0)).isEqualTo("See");
        assertThat(lines.get(1)).startsWith("https://");
    }

    @Test
    void blankNotesHaveNoLineAndLineBreaksInTheTextAreKept() {
        assertThat(SourceNote.wrap("", 300)).isEmpty();
        assertThat(SourceNote.wrap("   ", 300)).isEmpty();
        assertThat(SourceNote.wrap(null, 300)).isEmpty();
        assertThat(SourceNote.wrap("first part.\nsecond  part.", 300)).containsExactly("first part.", "second part.");
    }

    @Test
    void theWidthIsThePlotsAsTheSvgLaysItOut() {
        assertThat(SourceNote.width(900, false)).isEqualTo(900 - 84 - 24);
        assertThat(SourceNote.width(900, true)).isEqualTo(900 - 84 - 84);
        assertThat(SourceNote.width(100, true)).isEqualTo(80);
    }

    @Test
    void widerLettersTakeMoreRoomAndNoCharacterIsFree() {
        assertThat(SourceNote.width("mmmm")).isGreaterThan(SourceNote.width("iiii"));
        assertThat(SourceNote.width("W")).isGreaterThan(SourceNote.width("a"));
        for (int c = 32; c < 0x3000; c++) {
            if (!Character.isISOControl(c)) {
                assertThat(SourceNote.advance(c)).as("U+%04X", c).isGreaterThanOrEqualTo(0.3);
            }
        }
    }

    static Stream<Object[]> randomNotes() {
        Random r = new Random(20261207L);
        String[] words = {"Data:", "us_goods_imports_china_musd", "(U.S.", "goods", "imports", "from", "China,",
            "million", "US$);", "cn_fdi_net_inflows_pct_gdp", "WDI", "BX.KLT.DINV.WD.GD.ZS", "1", "of", "45",
            "points", "missing,", "left", "blank", "(not", "interpolated).", "–", "Σ", "2019-10-28", "W", "i"};
        return IntStream.range(0, 40).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(80);
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : r.nextInt(10) == 0 ? "  " : " ").append(words[r.nextInt(words.length)]);
            }
            return new Object[] {sb.toString(), 80 + r.nextInt(900)};
        });
    }

    @ParameterizedTest
    @MethodSource("randomNotes")
    void everyLineFitsAndTheWordsAreThoseOfTheNoteInOrder(String note, int width) {
        List<String> lines = SourceNote.wrap(note, width);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(note.replaceAll("\\s+", ""));
        boolean wordsFit = Stream.of(note.trim().split("\\s+")).allMatch(w -> SourceNote.width(w) <= width);
        if (wordsFit) {
            assertThat(String.join(" ", lines)).isEqualTo(note.trim().replaceAll("\\s+", " "));
        }
        for (String l : lines) {
            assertThat(SourceNote.width(l)).as(l).isLessThanOrEqualTo(width);
            assertThat(l).isEqualTo(l.trim()).isNotEmpty();
        }
        assertThat(SourceNote.wrap(note, width)).as("the same every time").isEqualTo(lines);
    }
}
