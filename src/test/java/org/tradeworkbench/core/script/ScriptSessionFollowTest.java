package org.tradeworkbench.core.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;

/** A session that follows data and a sample from outside, as the desktop console's does before each line. */
class ScriptSessionFollowTest {
    private static Period year(String y) {
        return Period.parse(y).orElseThrow();
    }

    private static Dataset years(String first, String last, double... x) {
        return new Dataset("d", TimeIndex.between(year(first), year(last)), List.of(Series.of("x", x)));
    }

    @Test
    void takesTheDataAndSampleAsItsOwnWithNothingToUndo() {
        ScriptSession s = new ScriptSession();
        Dataset d = years("2001", "2005", 1, 2, 3, 4, 5);
        s.change(years("2001", "2002", 9, 9));
        s.follow(d, new SampleRange(year("2002"), year("2004")));
        assertThat(s.data()).isSameAs(d);
        assertThat(s.sample()).isEqualTo(new SampleRange(year("2002"), year("2004")));
        assertThat(s.sampled(java.util.Optional.empty(), java.util.Optional.empty()).rowCount()).isEqualTo(3);
        assertThatThrownBy(() -> s.undo(1)).isInstanceOf(DataException.class)
                .hasMessage("undo 1: only 0 data commands to undo");
    }

    @Test
    void anEndTheDataLackIsDroppedAndEmptyDataAreNoData() {
        ScriptSession s = new ScriptSession();
        s.follow(years("2001", "2003", 1, 2, 3), new SampleRange(year("2002"), year("2009")));
        assertThat(s.sample()).isEqualTo(new SampleRange(year("2002"), null));
        s.follow(Dataset.empty("untitled"), SampleRange.ALL);
        assertThat(s.hasData()).isFalse();
        assertThatThrownBy(s::data).hasMessageContaining("no data yet");
    }

    @Test
    void completionChoicesAreTheNamesTheWordCouldBecome() {
        List<String> commands = List.of("adf", "append", "ardl", "genr");
        List<String> series = List.of("cn_exports", "cn_imports", "us_gdp");
        assertThat(LineCompletion.choices("a", commands, series)).containsExactly("adf", "append", "ardl");
        assertThat(LineCompletion.choices("adf --column cn_", commands, series)).containsExactly("cn_exports",
                "cn_imports");
        assertThat(LineCompletion.choices("adf --column zz", commands, series)).isEmpty();
        assertThat(LineCompletion.choices("", commands, series)).isEqualTo(commands);
    }
}
