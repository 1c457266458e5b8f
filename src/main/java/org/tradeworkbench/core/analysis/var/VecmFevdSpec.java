package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for the variance decomposition of a VECM: the VECM, the Cholesky order (empty: the VECM's
 * order) and the horizon H (1..H steps ahead).
 */
public record VecmFevdSpec(VecmSpec vecm, List<String> order, int horizon) {

    public VecmFevdSpec {
        Objects.requireNonNull(vecm, "vecm");
        order = order == null ? List.of() : order.stream().map(String::trim).toList();
        VecmResponses.checkOrder(vecm, order);
        if (horizon < 1 || horizon > IrfSpec.MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be 1.." + IrfSpec.MAX_HORIZON + ", got " + horizon);
        }
    }

    public List<String> effectiveOrder() {
        return order.isEmpty() ? vecm.variables() : order;
    }
}
