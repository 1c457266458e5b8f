package org.tradeworkbench.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMatcherTest {

    @Test
    void splitsNamesIntoWords() {
        assertThat(ColumnMatcher.words("usChina_ATP-balance04")).containsExactly("us", "china", "atp", "balance", "04");
        assertThat(ColumnMatcher.words("us_china_atp_balance_busd"))
                .containsExactly("us", "china", "atp", "balance", "busd");
        assertThat(ColumnMatcher.words("d(PATENT)")).containsExactly("d", "patent");
    }

    @Test
    void requiredExcludedAndPreferredWords() {
        ColumnMatcher m = AtpColumnMatchers.totalBalance();
        assertThat(m.score("cn_hightech_exports_pct_manuf")).isNegative();
        assertThat(m.score("us_china_atp_balance_09_weapons_usd")).isNegative();
        assertThat(m.best(List.of("atp_balance_usd", "us_china_atp_balance_busd", "patent")))
                .contains("us_china_atp_balance_busd");
        assertThat(m.best(List.of("gdp", "patent"))).isEmpty();
        ColumnMatcher electronics = PaperFigure.FIGURE_4.slot("electronics").matcher();
        assertThat(electronics.score("atp_opto_electronics_balance")).isNegative();
        assertThat(electronics.score("atp_electronics_balance")).isPositive();
        assertThat(AtpColumnMatchers.ratio().score("ratio")).isEqualTo(1000);
        assertThat(AtpColumnMatchers.ratio().score("d(RATIO)")).isNegative();
    }

    @Test
    void unitsAreReadFromTheEndOfTheName() {
        assertThat(UnitScale.dollarsPerUnit("us_china_atp_balance_busd")).hasValue(1e9);
        assertThat(UnitScale.dollarsPerUnit("us_atp_exports_world_musd")).hasValue(1e6);
        assertThat(UnitScale.dollarsPerUnit("atp_exports_usd")).hasValue(1.0);
        assertThat(UnitScale.dollarsPerUnit("atp_exports_million_usd")).hasValue(1e6);
        assertThat(UnitScale.dollarsPerUnit("RATIO")).isEmpty();
    }
}
