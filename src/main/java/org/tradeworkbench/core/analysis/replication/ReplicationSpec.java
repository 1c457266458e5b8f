package org.tradeworkbench.core.analysis.replication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.paper.PaperVariables;

/**
 * The user's choices for the paper's replication: edited definitions of the paper variables the Replication tab
 * lets one change (name to expression, e.g. {@code lny -> log(-balance / 100)}); a variable not listed keeps the
 * paper's definition. An entry equal to the paper's definition is dropped, so the default spec is empty.
 */
public record ReplicationSpec(Map<String, String> definitions) {
    /** The paper variables whose definitions can be edited, in Table 1's order. */
    public static final List<PaperVariables.Variable> EDITABLE =
            List.of(PaperVariables.LNY, PaperVariables.RATIO, PaperVariables.PATENT, PaperVariables.FDIGDP);

    public static final ReplicationSpec DEFAULT = new ReplicationSpec(Map.of());

    public ReplicationSpec {
        Map<String, String> kept = new LinkedHashMap<>();
        for (PaperVariables.Variable v : EDITABLE) {
            String e = definitions == null ? null : definitions.get(v.name());
            if (e != null && !e.isBlank() && !e.strip().equals(v.expression())) {
                kept.put(v.name(), e.strip());
            }
        }
        if (definitions != null) {
            for (var e : definitions.entrySet()) {
                if (EDITABLE.stream().noneMatch(v -> v.name().equals(e.getKey()))) {
                    throw new IllegalArgumentException("\"" + e.getKey() + "\" is not a paper variable whose "
                            + "definition can be edited; those are " + String.join(", ",
                            EDITABLE.stream().map(PaperVariables.Variable::name).toList()));
                }
            }
        }
        definitions = java.util.Collections.unmodifiableMap(kept);
    }

    /** The definition in use for {@code variable}: the edited one, else the paper's. */
    public String definition(PaperVariables.Variable variable) {
        return definitions.getOrDefault(variable.name(), variable.expression());
    }

    /**
     * Parses {@code NAME=EXPR;NAME=EXPR} as the command line's {@code --define} gives it (expressions may hold
     * commas, never semicolons).
     */
    public static ReplicationSpec parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not NAME=EXPRESSION");
            }
            String name = part.substring(0, eq).strip();
            if (m.containsKey(name)) {
                throw new IllegalArgumentException(name + " is defined twice");
            }
            m.put(name, part.substring(eq + 1).strip());
        }
        return new ReplicationSpec(m);
    }
}
