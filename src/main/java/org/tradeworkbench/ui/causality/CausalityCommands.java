package org.tradeworkbench.ui.causality;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.commandlog.CommandLine;

/**
 * The command lines that repeat a Causality run headless: one {@code causality} line when every pair was tested;
 * otherwise (the pairwise command stops at a pair that cannot be tested) a {@code granger} line for each pair and
 * lag order that was.
 */
public final class CausalityCommands {
    private CausalityCommands() {
    }

    public static List<CommandLine> of(List<String> variables, int lags, boolean allLags, List<CausalityRow> rows) {
        if (rows.stream().allMatch(CausalityRow::ok)) {
            return List.of(CommandLine.command("causality").opt("vars", String.join(",", variables))
                    .opt("lags", lags).flag("all-lags", allLags).build());
        }
        List<CommandLine> out = new ArrayList<>();
        // Rows come in pairs: "cause does not Granger-cause effect", then the reverse, for one lag order.
        for (int i = 0; i < rows.size(); i += 2) {
            CausalityRow r = rows.get(i);
            if (r.ok()) {
                out.add(CommandLine.command("granger").opt("cause", r.cause()).opt("effect", r.effect())
                        .opt("lags", r.lags()).build());
            }
        }
        return out;
    }
}
