package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.TimeIndex;

/**
 * What the analysis tabs' "paper's ..." buttons share: which of the paper's four variables the data can have
 * (as generated series where their inputs are there), the data with them added, and the paper's sample
 * 2004..2018 where the data reach it.
 *
 * @param available the paper's variables the data can have, in order
 * @param missing   for each other variable, the series its expression needs
 * @param withAdded the data with the available variables added, or null when they are all there already
 * @param from      the paper's first year, or null when the data do not reach it
 * @param to        the paper's last year, or null when the data do not reach it
 */
public record PaperPreset(List<String> available, Map<String, List<String>> missing, Dataset withAdded, Period from,
        Period to) {
    /** The paper's variables in the order of its tables. */
    public static final List<String> VARIABLES = List.of(PaperVariables.LNY.name(), PaperVariables.RATIO.name(),
            PaperVariables.PATENT.name(), PaperVariables.FDIGDP.name());

    public PaperPreset {
        available = List.copyOf(available);
        missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /** The preset for {@code data}. */
    public static PaperPreset of(Dataset data) {
        PaperData.PaperFrame frame = PaperData.withPaperVariables(data, Map.of());
        List<String> available = new ArrayList<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String v : VARIABLES) {
            if (frame.missing().containsKey(v)) {
                missing.put(v, frame.missing().get(v));
            } else {
                available.add(v);
            }
        }
        Dataset added = !available.isEmpty() && available.stream().anyMatch(v -> !data.has(v)) ? frame.data() : null;
        TimeIndex idx = frame.data().index();
        Period from = Period.annual(PaperVariables.FIRST_YEAR);
        Period to = Period.annual(PaperVariables.LAST_YEAR);
        return new PaperPreset(available, missing, added, idx.rowOf(from).isPresent() ? from : null,
                idx.rowOf(to).isPresent() ? to : null);
    }

    /** e.g. "lny (needs us_china_atp_balance_musd); RATIO (needs ...)"; empty when nothing is missing. */
    public String describeMissing() {
        List<String> parts = new ArrayList<>();
        for (var e : missing.entrySet()) {
            parts.add(e.getKey() + " (needs " + String.join(", ", e.getValue()) + ")");
        }
        return String.join("; ", parts);
    }

    /**
     * What a panel's preset button says: e.g. "Table 2: PATENT, FDIGDP, sample 2004 - 2018, constant, no
     * lags." followed by {@link #missingSentence}.
     */
    public String summary(String table, String sample, String settings) {
        return (available.isEmpty() ? "None of the paper's variables can be computed from these data."
                : table + ": " + String.join(", ", available) + ", sample " + sample + ", " + settings + ".")
                + missingSentence();
    }

    /** The sentence a panel shows about the variables it could not use, or empty. */
    public String missingSentence() {
        return missing.isEmpty() ? "" : " Not in the data: " + describeMissing() + "; load the Census high-tech "
                + "(ATP) trade with China (File \u25b8 Import) and press the button again.";
    }
}
