package org.tradeworkbench.core.commandlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.ImportOptions;

class DataCommandsTest {
    private static Dataset data() {
        TimeIndex idx = new TimeIndex(Period.annual(2001), 3);
        return new Dataset("d", idx, List.of(Series.of("x", new double[] {1, 2, 3}),
                Series.of("y", new double[] {4, 5, 6})));
    }

    @Test
    void changesBetweenTwoDatasetsAreSetDeleteAndGenrInAnOrderThatDefinesInputsFirst() {
        Dataset before = Expressions.define(data(), "old", "x + 1");
        Dataset after = before.withValue("x", 1, 2.5).without("y");
        after = Expressions.define(after, "a", "x * 2");
        after = Expressions.define(after, "old", "a + 1");
        after = Expressions.refresh(after);
        assertThat(DataCommands.changes("edit", before, after).stream().map(CommandLine::toString))
                .containsExactly("set x 2002 2.5", "delete y", "genr a = \"x * 2\"", "genr old = \"a + 1\"");
    }

    @Test
    void aChangeNoCommandRepeatsIsMarkedUnreplayable() {
        Dataset before = data();
        Dataset after = before.with(Series.of("z", new double[] {7, 8, 9}));
        assertThat(DataCommands.changes("Paste", before, after)).extracting(CommandLine::name)
                .containsExactly("unreplayable");
        assertThat(DataCommands.set("x", "2002", Double.NaN).toString()).isEqualTo("set x 2002 NA");
        assertThat(DataCommands.set("x", "2002", 0.1 + 0.2).toString()).isEqualTo("set x 2002 0.30000000000000004");
    }

    @Test
    void importSettingsRoundTripThroughTheirOptions() {
        ImportOptions o = ImportOptions.defaults().withFormat(ImportOptions.Format.CSV).withDelimiter('\t')
                .withDecimalMark(',').withQuote('\0').withHeader(false).withTimeColumn("2")
                .withMissingTokens(Set.of("", "n/a", "-999")).withEncoding(StandardCharsets.ISO_8859_1)
                .withPartners(List.of("5700", "0015")).withMonthly(true);
        CommandLine line = ImportOptionWords.addTo(CommandLine.command("open").word("f.csv"), o).build();
        List<String> w = line.words();
        ImportOptions back = ImportOptionWords.parse(
                name -> w.contains("--" + name) && !ImportOptionWords.FLAGS.contains(name)
                        ? java.util.Optional.of(w.get(w.indexOf("--" + name) + 1)) : java.util.Optional.empty(),
                name -> w.contains("--" + name));
        assertThat(back).isEqualTo(o);
        assertThat(ImportOptionWords.addTo(CommandLine.command("open").word("f.csv"), ImportOptions.defaults())
                .build().toString()).isEqualTo("open f.csv");
    }
}
