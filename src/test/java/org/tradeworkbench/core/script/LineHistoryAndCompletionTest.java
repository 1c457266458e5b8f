package org.tradeworkbench.core.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineHistoryAndCompletionTest {
    @Test
    void upAndDownWalkTheTypedLines() {
        LineHistory h = new LineHistory();
        assertThat(h.previous()).isEmpty();
        h.add("open --sample");
        h.add("adf --column x");
        h.add("adf --column x");
        h.add("  ");
        assertThat(h.previous()).isEqualTo("adf --column x");
        assertThat(h.previous()).isEqualTo("open --sample");
        assertThat(h.previous()).isEqualTo("open --sample");
        assertThat(h.next()).isEqualTo("adf --column x");
        assertThat(h.next()).isEmpty();
        assertThat(h.lines()).containsExactly("open --sample", "adf --column x");
    }

    @Test
    void tabCompletesCommandsFirstAndSeriesAfter() {
        List<String> commands = List.of("adf", "append", "johansen", "genr");
        List<String> series = List.of("cn_exports", "cn_imports", "us_gdp");
        assertThat(LineCompletion.complete("jo", commands, series)).isEqualTo("johansen ");
        assertThat(LineCompletion.complete("a", commands, series)).isEqualTo("a");
        assertThat(LineCompletion.complete("ad", commands, series)).isEqualTo("adf ");
        assertThat(LineCompletion.complete("adf --column cn", commands, series)).isEqualTo("adf --column cn_");
        assertThat(LineCompletion.complete("adf --column us", commands, series)).isEqualTo("adf --column us_gdp ");
        assertThat(LineCompletion.complete("adf --column zz", commands, series)).isEqualTo("adf --column zz");
    }
}
