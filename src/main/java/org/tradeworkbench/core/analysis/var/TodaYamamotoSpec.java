package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for Toda-Yamamoto causality tests: the VAR in levels with its lag order p (at least 1),
 * d_max (null: the largest order of integration found by ADF and KPSS, {@link IntegrationOrders}), and the
 * causing and caused variables (both empty: every variable against every other one).
 */
public record TodaYamamotoSpec(VarModel model, Integer dMax, List<String> causing, List<String> caused) {

    public TodaYamamotoSpec {
        Objects.requireNonNull(model, "model");
        causing = causing == null ? List.of() : causing.stream().map(String::trim).toList();
        caused = caused == null ? List.of() : caused.stream().map(String::trim).toList();
        if (model.lags() < 1) {
            throw new IllegalArgumentException("Toda-Yamamoto needs a lag order p of at least 1, got " + model.lags());
        }
        if (dMax != null && (dMax < 0 || dMax > 3)) {
            throw new IllegalArgumentException("d_max must be 0..3, got " + dMax);
        }
        if (causing.isEmpty() != caused.isEmpty()) {
            throw new IllegalArgumentException("give both the causing and the caused variables, or neither");
        }
        for (String v : causing) {
            model.index(v);
        }
        for (String v : caused) {
            model.index(v);
        }
    }

    public static TodaYamamotoSpec of(VarModel model) {
        return new TodaYamamotoSpec(model, null, List.of(), List.of());
    }
}
