package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code za} on the bundled annual data: the numbers statsmodels 0.13.5 {@code zivot_andrews} gives on the same
 * series (fixture {@code zivot_andrews_reference.json}, script {@code src/test/reference/zivot_andrews_fixtures.py}),
 * through the Stationarity analysis, with the break as a period.
 */
class ZaCommandTest {
    private static final String DATA = "sample-data/china_us_annual.csv";
    private static final String COLUMN = "log(us_goods_imports_china_musd)";

    private static AdfCommandTest.Run za(String... extra) {
        String[] args = new String[extra.length + 9];
        String[] head = {"za", "--data", DATA, "--column", COLUMN, "--from", "1995", "--to", "2019"};
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(extra, 0, args, head.length, extra.length);
        return AdfCommandTest.run(args);
    }

    @Test
    void jsonMatchesStatsmodelsWithTheBreakAsAPeriod() throws IOException {
        // statsmodels: zivot_andrews(x, regression="c", autolag=None, maxlag=1): -1.5933261329912276,
        // p 0.999, bpidx 7 (1995 + 7 = 2002).
        AdfCommandTest.Run r = za("--break", "intercept", "--lags", "1", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("statistic").asDouble()).isCloseTo(-1.5933261329912276, within(1e-9));
        assertThat(j.get("p_value").asDouble()).isCloseTo(0.999, within(1e-9));
        assertThat(j.get("critical_values").get("1%").asDouble()).isEqualTo(-5.27644);
        assertThat(j.get("critical_values").get("5%").asDouble()).isEqualTo(-4.81067);
        assertThat(j.get("critical_values").get("10%").asDouble()).isEqualTo(-4.56618);
        assertThat(j.get("lags").asInt()).isEqualTo(1);
        assertThat(j.get("nobs").asInt()).isEqualTo(23);
        assertThat(j.get("break_index").asInt()).isEqualTo(7);
        assertThat(j.get("break_period").asText()).isEqualTo("2002");

        // regression="ct": -2.5570017516956653, p 0.99326248398679, bpidx 8.
        JsonNode both = za("--break", "both", "--lags", "1", "--json").json();
        assertThat(both.get("statistic").asDouble()).isCloseTo(-2.5570017516956653, within(1e-9));
        assertThat(both.get("p_value").asDouble()).isCloseTo(0.99326248398679, within(1e-9));
        assertThat(both.get("break_period").asText()).isEqualTo("2003");
    }

    @Test
    void tableHasTheBreakColumnAndTheTestBehindIt() {
        AdfCommandTest.Run r = za("--break", "intercept", "--lags", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Stationarity tests (Zivot-Andrews)", "Z (ZA)", "Break", "2002",
                "Zivot-Andrews test: log(us_goods_imports_china_musd)", "last period before the break",
                "unit root not rejected").doesNotContain("NaN");
    }

    @Test
    void findDiffTriesDifferencesUntilOneRejects() throws IOException {
        AdfCommandTest.Run r = za("--break", "intercept", "--lags", "0", "--find-diff", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode tried = r.json().get("tried");
        assertThat(tried.size()).isBetween(1, 4);
        for (int i = 0; i < tried.size() - 1; i++) {
            assertThat(tried.get(i).get("p_value").asDouble()).as("difference %d does not reject", i)
                    .isGreaterThanOrEqualTo(0.05);
        }
    }

    @Test
    void badChoicesAndTooManyLagsAreRefusedWithAMessage() {
        AdfCommandTest.Run trim = za("--trim", "0.5");
        assertThat(trim.status()).isEqualTo(2);
        assertThat(trim.err()).contains("--trim", "1/3");
        AdfCommandTest.Run kind = za("--break", "level");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).contains("--break");
        // statsmodels' autolag picks 9 lags here and its earliest break then leaves too few rows before it.
        AdfCommandTest.Run lags = za("--break", "intercept", "--lags", "9");
        assertThat(lags.status()).isEqualTo(2);
        assertThat(lags.err()).contains("Zivot-Andrews").doesNotContain("Exception");
    }
}
