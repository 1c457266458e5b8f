package org.tradeworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.report.ResultTable.Cell;

class TableWritersTest {

    /** The paper's Table 2 as it prints it, plus a missing value and awkward text. */
    static ResultTable table2() {
        return ResultTable.builder("Table 2. Stationarity test", "Variable", "Difference", "Z value", "P value")
                .row(Cell.text("lny"), Cell.integer(0), Cell.number(-3.515, 3), Cell.number(0.0076, 4))
                .row(Cell.text("RATIO"), Cell.integer(3), Cell.number(-3.4, 3), Cell.number(0.011, 4))
                .row(Cell.text("a, \"quoted\" & 50% | x_y"), Cell.integer(1), Cell.number(Double.NaN, 3),
                        Cell.number(1.0 / 3.0, 4))
                .note("Critical value at 5 %: -2.86 <n=13>")
                .build();
    }

    @Test
    void aColumnIsNumericWhenItHoldsNumbersAndOtherwiseOnlyBlanksInEveryWriter() {
        ResultTable t = ResultTable.builder("Mixed", "label", "value", "blank", "mixed")
                .row(Cell.text("a"), Cell.number(1.5, 2), Cell.text(""), Cell.text("n/a"))
                .row(Cell.text("b"), Cell.text(" "), Cell.text(""), Cell.number(2, 1))
                .build();
        assertThat(List.of(0, 1, 2, 3)).extracting(t::isNumericColumn).containsExactly(false, true, false, false);
        assertThat(MarkdownTableWriter.write(t)).contains("| :--- | ---: | :--- | :--- |");
        assertThat(LatexTableWriter.write(t)).contains("{lrll}");
        assertThat(HtmlTableWriter.write(t)).contains("<th>label</th><th class=\"num\">value</th><th>blank</th>");
        assertThat(TextTableWriter.write(t).lines().filter(l -> l.startsWith("a")).findFirst().orElseThrow())
                .matches("a\\s+1\\.50\\s+n/a\\s*");
    }

    @Test
    void pValuesWrittenAsTextOrAsABoundAreAlignedLikeNumbers() {
        ResultTable t = ResultTable.builder("OLS", "Variable", "p-value", "df")
                .row(Cell.text("const"), Cell.text("0.1746"), Cell.text("1, 18"))
                .row(Cell.text("x"), Cell.text("<0.0001"), Cell.text("2, 17"))
                .row(Cell.text("z"), Cell.text("> 0.10"), Cell.text(""))
                .build();
        assertThat(List.of(0, 1, 2)).extracting(t::isNumericColumn).containsExactly(false, true, false);
        assertThat(Cell.text("n/a").alignsRight()).isFalse();
        assertThat(Cell.text("2004–2017").alignsRight()).isFalse();
        assertThat(LatexTableWriter.write(t)).contains("{lrl}");
        assertThat(MarkdownTableWriter.write(t)).contains("| :--- | ---: | :--- |");
        assertThat(HtmlTableWriter.write(t)).contains("<td class=\"num\">&lt;0.0001</td>");
        String text = TextTableWriter.write(t);
        assertThat(text.lines().filter(l -> l.startsWith("const")).findFirst().orElseThrow())
                .matches("const\\s+0\\.1746\\s+1, 18\\s*");
        assertThat(text.lines().filter(l -> l.startsWith("x ")).findFirst().orElseThrow())
                .matches("x\\s+<0\\.0001\\s+2, 17\\s*");
        assertThat(text.lines().filter(l -> l.startsWith("z ")).findFirst().orElseThrow())
                .matches("z\\s+ > 0\\.10\\s*");
    }

    @Test
    void csvKeepsFullPrecisionQuotesTextAndLeavesMissingEmpty() {
        String csv = CsvTableWriter.write(table2());
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Variable,Difference,Z value,P value");
        assertThat(lines[1]).isEqualTo("lny,0,-3.515,0.0076");
        assertThat(lines[2]).isEqualTo("RATIO,3,-3.4,0.011");
        assertThat(lines[3]).isEqualTo("\"a, \"\"quoted\"\" & 50% | x_y\",1,,0.3333333333333333");
        assertThat(Double.parseDouble(lines[3].substring(lines[3].lastIndexOf(',') + 1))).isEqualTo(1.0 / 3.0);
        assertThat(csv).doesNotContain("Critical value");
        assertThat(CsvTableWriter.writeWithNotes(table2())).endsWith("\r\nCritical value at 5 %: -2.86 <n=13>\r\n");
    }

    @Test
    void csvRoundTripsEveryDoubleExactly() {
        java.util.Random rnd = new java.util.Random(20261128L);
        for (int i = 0; i < 2000; i++) {
            double v = switch (i % 4) {
                case 0 -> rnd.nextGaussian();
                case 1 -> rnd.nextGaussian() * 1e12;
                case 2 -> rnd.nextGaussian() * 1e-9;
                default -> Math.rint(rnd.nextGaussian() * 1e6);
            };
            String s = CsvTableWriter.raw(Cell.number(v, 2));
            assertThat(Double.parseDouble(s)).as(s).isEqualTo(v);
        }
    }

    @Test
    void latexIsBooktabsWithEscapesAlignmentAndTypesetMinus() {
        String tex = LatexTableWriter.write(table2());
        assertThat(tex).startsWith("\\begin{table}[htbp]\n");
        assertThat(tex).contains("\\caption{Table 2. Stationarity test}");
        assertThat(tex).contains("\\label{tab:table-2-stationarity-test}");
        assertThat(tex).contains("\\begin{tabular}{lrrr}");
        assertThat(tex).contains("\\toprule").contains("\\midrule").contains("\\bottomrule");
        assertThat(tex).contains("    Variable & Difference & Z value & P value \\\\\n");
        assertThat(tex).contains("    lny & 0 & $-$3.515 & 0.0076 \\\\\n");
        assertThat(tex).contains("a, \"quoted\" \\& 50\\% | x\\_y & 1 & NA & 0.3333 \\\\");
        assertThat(tex).contains("Critical value at 5 \\%: -2.86 \\textless{}n=13\\textgreater{}\\par");
        assertThat(tex.indexOf("\\toprule")).isLessThan(tex.indexOf("\\midrule"));
        assertThat(tex.indexOf("\\midrule")).isLessThan(tex.indexOf("\\bottomrule"));
        assertThat(tex).endsWith("\\end{table}\n");
    }

    @Test
    void latexEscapesEverySpecialCharacter() {
        assertThat(LatexTableWriter.escape("\\ & % $ # _ { } ~ ^"))
                .isEqualTo("\\textbackslash{} \\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{}");
    }

    @Test
    void htmlEscapesAndRightAlignsNumbers() {
        String html = HtmlTableWriter.write(table2());
        assertThat(html).contains("<caption>Table 2. Stationarity test</caption>");
        assertThat(html).contains("<th>Variable</th><th class=\"num\">Difference</th>");
        assertThat(html).contains("<tr><td>lny</td><td class=\"num\">0</td><td class=\"num\">-3.515</td>"
                + "<td class=\"num\">0.0076</td></tr>");
        assertThat(html).contains("<td>a, &quot;quoted&quot; &amp; 50% | x_y</td>");
        assertThat(html).contains("<td class=\"num na\">NA</td>");
        assertThat(html).contains("<tfoot>").contains("<td colspan=\"4\">Critical value at 5 %: -2.86 &lt;n=13&gt;</td>");
        String doc = HtmlTableWriter.document("Replication", List.of(table2(), table2()));
        assertThat(doc).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<h1>Replication</h1>");
        assertThat(doc.split("<table ", -1)).hasSize(3);
    }

    @Test
    void markdownIsAPipeTableWithAlignmentRow() {
        String md = MarkdownTableWriter.write(table2());
        List<String> lines = new ArrayList<>(List.of(md.split("\n", -1)));
        assertThat(lines.get(0)).isEqualTo("**Table 2. Stationarity test**");
        assertThat(lines.get(2)).isEqualTo("| Variable | Difference | Z value | P value |");
        assertThat(lines.get(3)).isEqualTo("| :--- | ---: | ---: | ---: |");
        assertThat(lines.get(4)).isEqualTo("| lny | 0 | -3.515 | 0.0076 |");
        assertThat(lines.get(6)).isEqualTo("| a, \"quoted\" & 50% \\| x\\_y | 1 | NA | 0.3333 |");
        assertThat(md).contains("\nCritical value at 5 %: -2.86 <n=13>\n");
        // Every table line has the same number of unescaped pipes.
        for (int i = 2; i <= 6; i++) {
            assertThat(lines.get(i).replace("\\|", "").chars().filter(ch -> ch == '|').count()).isEqualTo(5);
        }
    }

    @Test
    void statResultWritersJoinAllTables() {
        Report r = new Report() {
            public String title() {
                return "two";
            }

            public java.util.Map<String, Object> toJson() {
                return java.util.Map.of();
            }

            public List<ResultTable> tables() {
                return List.of(table2(), table2());
            }
        };
        assertThat(LatexTableWriter.write(r).split("\\\\begin\\{table\\}", -1)).hasSize(3);
        assertThat(MarkdownTableWriter.write(r).split("\\*\\*Table 2", -1)).hasSize(3);
        assertThat(HtmlTableWriter.document(r)).contains("<h1>two</h1>");
    }
}
