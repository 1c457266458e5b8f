package org.tradeworkbench.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code paper-results.json} against the paper's text file (read from {@code ../shared/paper}, skipped
 * where it is absent): every item stands on the line it names, every number of Tables 1–3 and equation (2) is
 * an item, and every quoted sentence is the paper's.
 */
class PaperResultsAgainstThePaperTextTest {
    static final Path PAPER = Path.of("..", "shared", "paper", "000_286d48a44bab41f1.txt");
    static final Pattern LINE = Pattern.compile("\\(text line (\\d+)\\)");

    static List<String> lines;
    static List<PrintedNumber> items;

    @BeforeAll
    static void read() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAPER), "the paper's text is not at " + PAPER.toAbsolutePath());
        lines = Files.readAllLines(PAPER, StandardCharsets.UTF_8);
        items = PaperResults.bundled().all();
    }

    static int lineOf(PrintedNumber p) {
        Matcher m = LINE.matcher(p.where());
        assertThat(m.find()).as(p.id() + " names its line: " + p.where()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The paper's text with its TeX escapes, italics marks and runs of white space as a reader sees them. */
    static String plain(String s) {
        return s.replace("\\$", "$").replace("*", "").replaceAll("\\s+", " ");
    }

    @Test
    void everyItemIsPrintedOnTheLineItNames() {
        for (PrintedNumber p : items) {
            String line = lines.get(lineOf(p) - 1);
            String digits = p.printed().startsWith("-") ? p.printed().substring(1) : p.printed();
            assertThat(line).as(p.id() + " at " + p.where()).contains(digits);
            if (p.printed().startsWith("-")) {
                assertThat(line).as(p.id() + " is negative").containsPattern("-\\s*" + Pattern.quote(digits));
            }
            if (!p.text().isEmpty()) {
                assertThat(plain(line)).as(p.id() + " quotes the paper").contains(plain(p.text()));
            }
        }
    }

    @Test
    void everyNumberOfTheThreeTablesIsAnItem() {
        Map<Integer, List<String>> printedByLine = new HashMap<>();
        for (PrintedNumber p : items) {
            printedByLine.computeIfAbsent(lineOf(p), k -> new ArrayList<>()).add(p.printed());
        }
        int checked = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String[] cells = lines.get(n - 1).split("\t");
            if (cells.length < 3) {
                continue;
            }
            for (int c = 1; c < cells.length; c++) {
                String cell = cells[c].trim();
                if (cell.matches("-?\\d+(\\.\\d+)?")) {
                    List<String> here = printedByLine.getOrDefault(n, new ArrayList<>());
                    assertThat(here).as("line " + n + ": " + lines.get(n - 1)).contains(cell);
                    here.remove(cell);
                    checked++;
                }
            }
        }
        // Table 1: 5 rows of 5, Table 2: 4 rows of 3, Table 3: 6 rows of 2.
        assertThat(checked).isEqualTo(25 + 12 + 12);
    }

    @Test
    void everyCoefficientOfEquationTwoIsAnItem() {
        PrintedNumber lag = PaperResults.bundled().get("eq2.lny(-1)");
        String equation = lines.get(lineOf(lag) - 1);
        Matcher m = Pattern.compile("([-+]?)\\s*(\\d+\\.\\d+)\\s*(lny|RATIO|PATENT|FDIGDP)").matcher(equation);
        int terms = 0;
        while (m.find()) {
            String term = m.group(3).equals("lny") ? "lny(-1)" : m.group(3);
            PrintedNumber p = PaperResults.bundled().get("eq2." + term);
            assertThat(p.printed()).isEqualTo((m.group(1).equals("-") ? "-" : "") + m.group(2));
            terms++;
        }
        assertThat(terms).isEqualTo(4);
    }
}
