package org.tradeworkbench.core.analysis.var;

import java.util.List;
import java.util.Objects;

/**
 * The user's choices for the impulse responses of a VECM: the VECM (variables, VAR order, Johansen case, rank),
 * the kind of shock, the Cholesky order (empty: the VECM's order) and the horizon H. The responses are those of
 * the VAR in levels the VECM implies, as statsmodels' {@code VECMResults.irf}.
 */
public record VecmIrfSpec(VecmSpec vecm, IrfKind kind, List<String> order, int horizon) {

    public VecmIrfSpec {
        Objects.requireNonNull(vecm, "vecm");
        kind = kind == null ? IrfKind.ORTHOGONALISED : kind;
        order = order == null ? List.of() : order.stream().map(String::trim).toList();
        VecmResponses.checkOrder(vecm, order);
        if (horizon < 0 || horizon > IrfSpec.MAX_HORIZON) {
            throw new IllegalArgumentException("the horizon must be 0.." + IrfSpec.MAX_HORIZON + ", got " + horizon);
        }
    }

    public List<String> effectiveOrder() {
        return order.isEmpty() ? vecm.variables() : order;
    }
}
