package org.tradeworkbench.core.paper;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a replication item is, in words, e.g. {@code table1.lny.n} is "Table 1, lny, observations" and
 * {@code table3.RATIO->lny.p} "Table 3, RATIO does not Granger-cause lny, p-value". An id of another form is
 * shown as it is, so no row is ever unnamed.
 */
public final class ItemWords {
    private static final Map<String, String> STATISTICS = Map.of("n", "observations", "mean", "mean",
            "sd", "standard deviation", "min", "minimum", "max", "maximum");
    private static final Map<String, String> TABLE2 = Map.of("d", "difference order tested", "z", "ADF statistic Z",
            "p", "p-value", "p_from_printed_z", "p-value of the printed Z");
    private static final Map<String, String> DEFICITS = Map.of("atp_deficit", "US–China ATP trade deficit",
            "cn_stats_deficit", "deficit in China's statistics", "bea_deficit", "US–China goods deficit (BEA)");
    private static final Pattern TABLE1 = Pattern.compile("table1\\.(.+)\\.(n|mean|sd|min|max)");
    private static final Pattern TABLE2_ID = Pattern.compile("table2\\.(.+)\\.(d|z|p|p_from_printed_z)");
    private static final Pattern TABLE3 = Pattern.compile("table3\\.(.+)->(.+)\\.(f|p)");
    private static final Pattern CHANGE = Pattern.compile("text\\.change\\.([a-z_]+)\\.(\\d{4})_(\\d{4})");
    private static final Pattern QUOTED = Pattern.compile("text\\.([a-z_]+)\\.(\\d{4})");

    private ItemWords() {
    }

    public static String of(String id) {
        Matcher m = TABLE1.matcher(id);
        if (m.matches()) {
            return "Table 1, " + m.group(1) + ", " + STATISTICS.get(m.group(2));
        }
        m = TABLE2_ID.matcher(id);
        if (m.matches()) {
            return "Table 2, " + m.group(1) + ", " + TABLE2.get(m.group(2));
        }
        m = TABLE3.matcher(id);
        if (m.matches()) {
            return "Table 3, " + m.group(1) + " does not Granger-cause " + m.group(2) + ", "
                    + (m.group(3).equals("f") ? "F statistic" : "p-value");
        }
        if (id.startsWith("text.eq2.")) {
            return "Equation (2) as the text gives it, coefficient of " + id.substring("text.eq2.".length());
        }
        if (id.startsWith("eq2.")) {
            return "Equation (2), coefficient of " + id.substring("eq2.".length());
        }
        m = CHANGE.matcher(id);
        if (m.matches() && DEFICITS.containsKey(m.group(1))) {
            return "Text, change in the " + DEFICITS.get(m.group(1)) + ", " + m.group(2) + "–" + m.group(3);
        }
        m = QUOTED.matcher(id);
        if (m.matches() && DEFICITS.containsKey(m.group(1))) {
            return "Text, " + DEFICITS.get(m.group(1)) + ", " + m.group(2);
        }
        return id;
    }
}
