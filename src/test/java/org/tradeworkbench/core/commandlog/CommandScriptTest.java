package org.tradeworkbench.core.commandlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;

class CommandScriptTest {

    @Test
    void rendersWordsWithSpecialCharactersQuoted() {
        CommandLine line = CommandLine.command("adf").opt("data", "sample.csv").opt("column", "d(PATENT)")
                .opt("trend", "c").opt("lags", 0).flag("json").build();
        assertThat(line.toString()).isEqualTo("adf --data sample.csv --column \"d(PATENT)\" --trend c --lags 0 --json");
        assertThat(CommandLine.of("x", "a b", "$HOME", "it's \"q\"", "").toString())
                .isEqualTo("x \"a b\" '$HOME' 'it'\\''s \"q\"' \"\"");
    }

    @Test
    void readsCommentsBlankLinesContinuationsAndProgramName() {
        String text = "# header\n\n  adf --data \"my data.csv\" --column 'd(PATENT)'  # trailing note\n"
                + "trade-workbench ols --data x.csv \\\n   --y Y --x X\r\nkpss --column a#b\n";
        List<CommandScript.Entry> entries = CommandScript.parse(text, "s.tws");
        assertThat(entries).extracting(CommandScript.Entry::line).containsExactly(3, 4, 6);
        assertThat(entries.get(0).command().words())
                .containsExactly("adf", "--data", "my data.csv", "--column", "d(PATENT)");
        assertThat(entries.get(1).command().words())
                .containsExactly("ols", "--data", "x.csv", "--y", "Y", "--x", "X");
        assertThat(entries.get(2).command().words()).containsExactly("kpss", "--column", "a#b");
    }

    @Test
    void unterminatedQuoteNamesLineAndColumn() {
        assertThatThrownBy(() -> CommandScript.parse("help\nadf --column \"d(X)\n", "s.tws"))
                .isInstanceOf(DataException.class)
                .hasMessage("s.tws, line 2, column 14: the double quote opened here is never closed");
    }

    /** Whatever the words, rendering a line and reading it back gives the same words. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void renderThenParseIsIdentity(long seed) {
        Random rnd = new Random(seed);
        String alphabet = "abcXYZ019 -_.,:;()[]{}$`\\\"'#!*?&|<>~=%+@\t";
        List<CommandLine> lines = new ArrayList<>();
        for (int l = 0; l < 20; l++) {
            List<String> words = new ArrayList<>();
            words.add("cmd" + l);
            int n = rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                StringBuilder w = new StringBuilder();
                int len = rnd.nextInt(8);
                for (int k = 0; k < len; k++) {
                    w.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                words.add(w.toString());
            }
            lines.add(new CommandLine(words));
        }
        String script = CommandScript.format(lines, List.of("generated", "two\nlines"));
        List<CommandScript.Entry> back = CommandScript.parse(script, null);
        assertThat(back).extracting(CommandScript.Entry::command).containsExactlyElementsOf(lines);
        assertThat(back.get(0).line()).isEqualTo(4);
    }

    @Test
    void logNotifiesAndSavesAScriptThatReadsBack() throws Exception {
        CommandLog log = new CommandLog();
        int[] changes = {0};
        log.addListener(() -> changes[0]++);
        log.append(CommandLine.of("adf", "--data", "a b.csv"));
        log.append(CommandLine.of("kpss", "--column", "d(X)"));
        assertThat(changes[0]).isEqualTo(2);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("log");
        java.nio.file.Path f = dir.resolve("session.tws");
        log.save(f);
        assertThat(CommandScript.read(f)).extracting(CommandScript.Entry::command)
                .containsExactlyElementsOf(log.entries());
        assertThat(java.nio.file.Files.readString(f)).startsWith("# Trade Workbench command script");
        log.clear();
        assertThat(log.size()).isZero();
        assertThat(changes[0]).isEqualTo(3);
    }
}
