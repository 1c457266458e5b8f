package org.tradeworkbench.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradeworkbench.cli.CliInterpreter;
import org.tradeworkbench.core.commandlog.CommandLine;
import org.tradeworkbench.core.script.ScriptSession;

/**
 * The transcript's layout: text lines wrap at spaces within the width, a table's ruled part is left as printed
 * (its columns stay aligned), and copying the displayed text gives back exactly what was printed.
 */
class TranscriptWrapTest {
    private static String adfOutput() {
        ScriptSession s = new ScriptSession();
        new CliInterpreter().execute(CommandLine.of("open", "--sample"), s);
        return new CliInterpreter().execute(CommandLine.of("adf", "--column", "cn_patent_apps_resident", "--kpss"), s).output();
    }

    @Test
    void aLongTextLineWrapsAtSpacesWithAHangingIndent() {
        TranscriptWrap w = new TranscriptWrap(30);
        String line = "Error in line 3 (adf): \"nope\": unknown series; the data have PATENT and FDIGDP\n";
        String shown = w.append(line);
        List<String> lines = shown.lines().toList();
        assertThat(lines).hasSizeGreaterThan(2);
        for (String l : lines) {
            assertThat(l.stripTrailing().length()).as(l).isLessThanOrEqualTo(30);
        }
        assertThat(lines.get(0)).isEqualTo("Error in line 3 (adf): \"nope\": ");
        assertThat(lines.get(1)).startsWith("  unknown");
        assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo(line.strip());
        assertThat(w.original(shown, 0, shown.length())).isEqualTo(line);
    }

    @Test
    void aTablesRuledPartKeepsItsLinesAndAlignmentWhileItsNotesWrap() {
        String out = adfOutput();
        TranscriptWrap w = new TranscriptWrap(40);
        String shown = w.append(out);
        List<String> printed = out.lines().toList();
        List<String> lines = shown.lines().toList();
        String header = printed.stream().filter(l -> l.startsWith("Variable ") && l.contains("KPSS verdict"))
                .findFirst().orElseThrow();
        String row = printed.stream().filter(l -> l.startsWith("cn_patent_apps_resident ")).findFirst().orElseThrow();
        String rule = printed.get(printed.indexOf(header) - 1);
        assertThat(header.length()).as("the table is wider than the 40 columns").isGreaterThan(100);
        assertThat(lines).as("the table's rows and rules stay whole, so its columns stay aligned")
                .contains(header, row, rule, "ADF statistic              -0.7463");
        assertThat(lines.get(lines.indexOf(header) + 2).indexOf("-0.746"))
                .as("numbers under their heading").isEqualTo(header.indexOf("Z (ADF)") + 1);
        String note = printed.stream().filter(l -> l.startsWith("H0 of the ADF test:")).findFirst().orElseThrow();
        assertThat(note.length()).isGreaterThan(200);
        assertThat(lines).as("a note under the table wraps").doesNotContain(note);
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("H0 of the ADF test:")).findFirst()
                .orElseThrow());
        for (int i = at; i < at + 6; i++) {
            assertThat(lines.get(i).stripTrailing().length()).as(lines.get(i)).isLessThanOrEqualTo(40);
        }
        assertThat(w.original(shown, 0, shown.length())).isEqualTo(out);
    }

    @Test
    void aWordLongerThanTheLineIsCutAtTheWidth() {
        TranscriptWrap w = new TranscriptWrap(20);
        String path = "/" + "a".repeat(50) + "\n";
        String shown = w.append(path);
        assertThat(shown.lines().toList().get(0)).hasSize(20);
        assertThat(w.original(shown, 0, shown.length())).isEqualTo(path);
    }

    /** Any part of the displayed text copies as the same part of the printed text, across blocks. */
    @ParameterizedTest
    @ValueSource(ints = {20, 33, 57, 80, 120})
    void aCopyOfAnyStretchIsWhatWasPrinted(int columns) {
        List<String> blocks = List.of(ConsoleViewModel.WELCOME, "> adf --column cn_patent_apps_resident --kpss\n", adfOutput(),
                "Error in line 2 (genr): the expression log( is not closed: a ) is missing after position 4, where"
                        + " the line ends\n");
        TranscriptWrap w = new TranscriptWrap(columns);
        StringBuilder shown = new StringBuilder();
        StringBuilder printed = new StringBuilder();
        for (String b : blocks) {
            shown.append(w.append(b));
            printed.append(b);
        }
        String text = shown.toString();
        assertThat(w.original(text, 0, text.length())).isEqualTo(printed.toString());
        Random random = new Random(42 + columns);
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(text.length());
            int b = a + random.nextInt(text.length() - a + 1);
            String copied = w.original(text, a, b);
            assertThat(printed.toString()).contains(copied);
            assertThat(copied.replaceAll("\\s+", ""))
                    .as("the same characters as on screen").isEqualTo(text.substring(a, b).replaceAll("\\s+", ""));
        }
    }
}
