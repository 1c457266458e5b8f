package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one-line explanations of why a number cannot be recomputed from the loaded data. */
final class MissingInputs {
    private MissingInputs() {
    }

    private static final Map<String, String> WHAT = Map.of(
            PaperVariables.ATP_BALANCE_CHINA, "US–China ATP trade balance",
            PaperVariables.ATP_EXPORTS_CHINA, "US ATP exports to China",
            PaperVariables.ATP_IMPORTS_CHINA, "US ATP imports from China",
            PaperVariables.ATP_EXPORTS_WORLD, "US ATP exports to the world");

    static final String HOW = "load the Census high-tech (ATP) files for China, see sample-data/README.md";

    /** For a variable that could not be defined: the series it needs over the frame. */
    static String variable(String variable, List<String> absent, String span) {
        List<String> named = new ArrayList<>();
        for (String a : absent) {
            named.add(WHAT.containsKey(a) ? a + " (" + WHAT.get(a) + ")" : a);
        }
        return variable + " needs " + String.join(" and ", named) + " for " + span + ", which the data lack; " + HOW;
    }

    /** For several variables at once (a regression or a test on them). */
    static String variables(Map<String, List<String>> missing, List<String> needed, String span) {
        List<String> parts = new ArrayList<>();
        for (String v : needed) {
            List<String> absent = missing.get(v);
            if (absent != null) {
                List<String> named = new ArrayList<>();
                for (String a : absent) {
                    named.add(a);
                }
                parts.add(v + " (needs " + String.join(", ", named) + ")");
            }
        }
        return "needs " + String.join(" and ", parts) + " for " + span + ", which the data lack; " + HOW;
    }
}
