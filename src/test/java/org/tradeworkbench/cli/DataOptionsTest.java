package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;

class DataOptionsTest {
    @TempDir
    Path dir;

    private Args args(String... a) {
        return new Args("test", a, Set.of("json"));
    }

    @Test
    void mergesSeveralFilesAndAppliesTheSample() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "year,x\n2000,1\n2001,2\n2002,3\n");
        Files.writeString(b, "year,y\n2001,5\n2002,6\n2003,7\n");
        Dataset d = DataOptions.load(args("--data", a + "," + b, "--from", "2001", "--to", "2002"));
        assertThat(d.seriesNames()).containsExactly("x", "y");
        assertThat(d.index().start()).isEqualTo(Period.annual(2001));
        assertThat(d.get("x").values()).containsExactly(2, 3);
        assertThat(d.get("y").values()).containsExactly(5, 6);
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> DataOptions.load(args("--data", dir.resolve("nope.csv").toString())))
                .isInstanceOf(DataException.class).hasMessageContaining("nope.csv: no such file");
        assertThatThrownBy(() -> DataOptions.load(args())).isInstanceOf(UsageException.class)
                .hasMessageContaining("missing --data");
    }

    @Test
    void bundledSampleIsTheDefault() throws Exception {
        Dataset d = DataOptions.loadOrSample(args("--from", "2004", "--to", "2017"));
        assertThat(d.rowCount()).isEqualTo(14);
        assertThat(d.has("cn_patent_apps_nonresident")).isTrue();
    }
}
