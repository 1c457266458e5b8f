package org.tradeworkbench.core.stats.unitroot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.stats.Descriptives;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;

/**
 * The paper's PATENT variable, ln of China's nonresident patent applications 2004-2017 (WDI, in the shared
 * curated file): Table 1's row and Table 2's ADF row.
 */
class PaperPatentTest {
    private static final Path CURATED = Path.of("..", "shared", "data", "curated", "china_us_hitech_annual.csv");

    private static double[] lnPatent() throws IOException {
        assumeTrue(Files.exists(CURATED), "shared curated data not present");
        List<String> lines = Files.readAllLines(CURATED);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int col = header.indexOf("cn_patent_apps_nonresident");
        double[] out = new double[14];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int year = Integer.parseInt(f[0]);
            if (year >= 2004 && year <= 2017) {
                out[year - 2004] = Math.log(Double.parseDouble(f[col]));
            }
        }
        return out;
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @Test
    void table1Row() throws IOException {
        Descriptives d = Descriptives.of("PATENT", lnPatent());
        assertThat(d.n()).isEqualTo(14);
        assertThat(f3(d.mean())).isEqualTo("11.547");
        assertThat(f3(d.sd())).isEqualTo("0.226");
        assertThat(f3(d.min())).isEqualTo("11.076");
        assertThat(f3(d.max())).isEqualTo("11.820");
    }

    @Test
    void table2RowFirstDifferenceConstantNoLags() throws IOException {
        TimeIndex years = new TimeIndex(Period.annual(2004), 14);
        AdfResult r = Adf.test("PATENT", lnPatent(), years, AdfSpec.fixedLags(UnitRootTrend.CONSTANT, 1, 0));
        assertThat(f3(r.statistic())).isEqualTo("-3.647");
        assertThat(String.format(Locale.ROOT, "%.4f", r.pValue())).isEqualTo("0.0049");
        assertThat(r.nobs()).isEqualTo(12);
        assertThat(r.tested()).isEqualTo("d(PATENT)");
        // d(PATENT) starts in 2005; its difference regressed on its lagged level starts in 2006.
        assertThat(r.sampleFirst()).isEqualTo("2006");
        assertThat(r.sampleLast()).isEqualTo("2017");
        assertThat(r.regressors()).containsExactly("d(PATENT)(-1)", "const");
    }
}
