package org.tradeworkbench.core.figures;

/**
 * How the columns of US trade in Advanced Technology Products (ATP, the Census Bureau's "high-tech" products)
 * are recognised by name: the bundled {@code us_china_atp_balance_busd}, the Census import's
 * {@code us_china_atp_balance_musd} and {@code us_china_atp04_balance_musd} (see
 * {@link org.tradeworkbench.core.paper.PaperVariables#atpColumn}), and names a user may have made, like
 * {@code atp_balance_04_information_communications} or {@code hitech_bal_08}: the words, not the exact spelling,
 * decide.
 */
final class AtpColumnMatchers {
    private AtpColumnMatchers() {
    }

    static final String[] ATP = {"atp", "hitech", "hightech", "tech"};
    static final String[] BALANCE = {"balance", "bal", "net"};
    static final String[] EXPORTS = {"exports", "export", "exp"};
    static final String[] IMPORTS = {"imports", "import", "imp"};
    static final String[] CHINA = {"china", "chn", "5700"};
    static final String[] WORLD = {"world", "wld", "0007"};
    /** Words of derived or unrelated columns that must never feed a trade-flow figure. */
    static final String[] NOT_A_FLOW = {"ratio", "share", "pct", "percent", "manuf", "ln", "log", "lny", "d",
            "growth", "gdp", "patent"};
    /** The ten ATP categories' words and Census codes ({@code HITECH} 01..10). */
    static final String[] CATEGORY_WORDS = {"biotechnology", "biotech", "life", "lifescience", "lifesciences",
            "opto", "optoelectronics", "information", "communications", "communication", "ict", "infocomm",
            "electronics", "electronic", "flexible", "flex", "fms", "materials", "advanced", "aerospace", "aero",
            "weapons", "weapon", "nuclear", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"};

    static ColumnMatcher totalBalance() {
        return ColumnMatcher.builder().require(ATP).require(BALANCE).prefer(CHINA)
                .exclude(CATEGORY_WORDS).exclude(WORLD).exclude(NOT_A_FLOW).exclude("exports", "imports").build();
    }

    static ColumnMatcher exportsToChina() {
        return ColumnMatcher.builder().require(ATP).require(EXPORTS).prefer(CHINA)
                .exclude(CATEGORY_WORDS).exclude(WORLD).exclude(NOT_A_FLOW).exclude(BALANCE).exclude("imports")
                .build();
    }

    static ColumnMatcher importsFromChina() {
        return ColumnMatcher.builder().require(ATP).require(IMPORTS).prefer(CHINA)
                .exclude(CATEGORY_WORDS).exclude(WORLD).exclude(NOT_A_FLOW).exclude(BALANCE).exclude("exports")
                .build();
    }

    static ColumnMatcher exportsToWorld() {
        return ColumnMatcher.builder().require(ATP).require(EXPORTS).require(WORLD)
                .exclude(CATEGORY_WORDS).exclude(NOT_A_FLOW).exclude(BALANCE).exclude("imports").build();
    }

    static ColumnMatcher ratio() {
        return ColumnMatcher.builder().exactly("RATIO").require("ratio").require(ATP).require(EXPORTS)
                .exclude("ln", "log", "d").build();
    }

    /** The balance of one category, named by any of {@code words} (its name's words and its code). */
    static ColumnMatcher categoryBalance(String[] words, String... exclude) {
        return ColumnMatcher.builder().require(words).require(BALANCE).prefer(ATP).prefer(CHINA)
                .exclude(exclude).exclude(WORLD).exclude(NOT_A_FLOW).exclude("exports", "imports").build();
    }
}
