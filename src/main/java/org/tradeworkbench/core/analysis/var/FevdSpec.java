package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for a forecast-error variance decomposition: the VAR, the Cholesky order of the
 * orthogonalised shocks (empty: the VAR's order) and the horizon H (1..H steps ahead).
 */
public record FevdSpec(VarModel model, List<String> order, int horizon) {

    public FevdSpec {
        Objects.requireNonNull(model, "model");
        order = order == null ? List.of() : order.stream().map(String::trim).toList();
        VarOrder.check(model, order);
        if (horizon < 1 || horizon > IrfSpec.MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be 1.." + IrfSpec.MAX_HORIZON + ", got " + horizon);
        }
    }

    public List<String> effectiveOrder() {
        return order.isEmpty() ? model.variables() : order;
    }
}
