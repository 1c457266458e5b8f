package org.tradeworkbench.ui.stationarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.ui.workbench.WorkbenchModel;

/**
 * What the analysis tabs' "paper's ..." buttons share: the paper's four variables added to the data as generated
 * series where their inputs are there (one undoable edit), and the paper's sample 2004..2018.
 */
public final class PaperPreset {
    /** The paper's variables in the order of its tables. */
    public static final List<String> VARIABLES = List.of(PaperVariables.LNY.name(), PaperVariables.RATIO.name(),
            PaperVariables.PATENT.name(), PaperVariables.FDIGDP.name());

    private PaperPreset() {
    }

    /**
     * @param available the paper's variables the data now have, in order
     * @param missing   for each other variable, the series its expression needs
     */
    public record Outcome(List<String> available, Map<String, List<String>> missing) {

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

    /**
     * Adds the paper's variables the data can have and sets the paper's sample where the data reach it. Nothing
     * changes in the data when none can be added.
     */
    public static Outcome apply(WorkbenchModel model) {
        Dataset data = model.dataset();
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
        if (available.isEmpty()) {
            return new Outcome(available, missing);
        }
        if (available.stream().anyMatch(v -> !data.has(v))) {
            model.apply("Add the paper's variables", frame.data());
        }
        TimeIndex idx = model.dataset().index();
        Period from = Period.annual(PaperVariables.FIRST_YEAR);
        Period to = Period.annual(PaperVariables.LAST_YEAR);
        model.setSample(idx.rowOf(from).isPresent() ? from : null, idx.rowOf(to).isPresent() ? to : null);
        return new Outcome(List.copyOf(available), missing);
    }
}
