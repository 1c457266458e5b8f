package org.tradeworkbench.core.io.atp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.paper.PaperVariables;
import org.tradeworkbench.core.paper.PaperVariables.Flow;

/** Operations on the ATP columns named by {@link PaperVariables#atpColumn}. */
public final class AtpColumns {
    private static final Pattern EXPORTS = Pattern.compile("(.+)_atp(\\d\\d)?_exports_musd");

    private AtpColumns() {
    }

    /**
     * Adds the generated series {@code <prefix>_atp[NN]_balance_musd = exports - imports} wherever both flows are
     * present and no balance exists as data. Call it after merging an exports file with an imports file.
     */
    public static Dataset withBalances(Dataset data) {
        Dataset out = data;
        for (Series s : data.series()) {
            Matcher m = EXPORTS.matcher(s.name());
            if (!m.matches()) {
                continue;
            }
            String imports = PaperVariables.atpColumn(m.group(1), m.group(2), Flow.IMPORTS);
            String balance = PaperVariables.atpColumn(m.group(1), m.group(2), Flow.BALANCE);
            boolean balanceIsData = out.find(balance).map(b -> !b.isGenerated()).orElse(false);
            if (out.has(imports) && !balanceIsData) {
                out = Expressions.define(out, balance, s.name() + " - " + imports);
                Series b = out.get(balance);
                out = out.with(b.withDescription("US trade balance (exports - imports), "
                        + s.description().replaceFirst("^US exports to ", "with ")));
            }
        }
        return out;
    }
}
