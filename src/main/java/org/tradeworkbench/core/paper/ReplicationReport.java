package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.report.HtmlTableWriter;
import org.tradeworkbench.core.report.MarkdownTableWriter;
import org.tradeworkbench.core.report.ResultTable;
import org.tradeworkbench.core.report.ResultTable.Cell;
import org.tradeworkbench.core.report.Report;

/**
 * Every printed number of the paper beside the value recomputed from the loaded data, with a status and a
 * one-line note. Immutable.
 */
public final class ReplicationReport implements Report {
    /** The sections in the paper's order, by id prefix. */
    /** Section titles by item-id prefix, in the order the report shows them; the longest matching prefix wins. */
    private static final Map<String, String> SECTIONS = sections();

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("table1.", "Table 1: statistical description of variables (2004–2018)");
        m.put("table2.", "Table 2: stationarity test");
        m.put("eq2.", "Equation (2): regression of lny");
        m.put("text.eq2.", "Equation (2) as the text gives it");
        m.put("table3.", "Table 3: Granger causality tests");
        m.put("text.", "Deficits quoted in the text (billion US$)");
        m.put("text.change.", "Changes between the deficits the text quotes, checked against its own figures");
        return java.util.Collections.unmodifiableMap(m);
    }

    private final String dataName;
    private final List<ReplicationItem> items;
    private final List<ResultTable> methodsCheck;

    public ReplicationReport(String dataName, List<ReplicationItem> items) {
        this(dataName, items, List.of());
    }

    /** @param methodsCheck the methods check of Table 3's tests, shown after the printed numbers */
    public ReplicationReport(String dataName, List<ReplicationItem> items, List<ResultTable> methodsCheck) {
        this.dataName = dataName;
        this.items = List.copyOf(items);
        this.methodsCheck = List.copyOf(methodsCheck);
    }

    /** The methods check of Table 3 (its own tables, not printed numbers); empty when it was not run. */
    public List<ResultTable> methodsCheck() {
        return methodsCheck;
    }

    public List<ReplicationItem> items() {
        return items;
    }

    /** The item with this id; an IllegalArgumentException when there is none. */
    public ReplicationItem item(String id) {
        for (ReplicationItem i : items) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no replication item " + id);
    }

    public String dataName() {
        return dataName;
    }

    /** How many items have each status. */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        for (ReplicationItem i : items) {
            m.merge(i.status(), 1, Integer::sum);
        }
        return m;
    }

    public String summary() {
        List<String> parts = new ArrayList<>();
        for (var e : counts().entrySet()) {
            parts.add(e.getValue() + " " + e.getKey().word());
        }
        return items.size() + " printed numbers: " + String.join(", ", parts) + " (data: " + dataName + ")";
    }

    @Override
    public String title() {
        return "Replication of Zhao, \"The Empirical Analysis of High-tech Trade Imbalance Between China and the US\"";
    }

    @Override
    public Map<String, Object> toJson() {
        List<Object> list = new ArrayList<>();
        for (ReplicationItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("label", ItemWords.of(i.id()));
            m.put("paper", i.paper().value());
            m.put("replicated", i.replicated());
            m.put("status", i.status().word());
            m.put("note", i.note());
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", list);
        return out;
    }

    /** The section an item belongs to. */
    public static String section(String id) {
        String best = "";
        for (String prefix : SECTIONS.keySet()) {
            if (id.startsWith(prefix) && prefix.length() > best.length()) {
                best = prefix;
            }
        }
        return best.isEmpty() ? "Other" : SECTIONS.get(best);
    }

    @Override
    public List<ResultTable> tables() {
        Map<String, ResultTable.Builder> bySection = new LinkedHashMap<>();
        for (String title : SECTIONS.values()) {
            bySection.put(title, ResultTable.builder(title, "Item", "Paper", "Replicated", "Status", "Note", "Id"));
        }
        Map<String, Boolean> used = new LinkedHashMap<>();
        for (ReplicationItem i : items) {
            String s = section(i.id());
            bySection.computeIfAbsent(s, t -> ResultTable.builder(t, "Item", "Paper", "Replicated", "Status", "Note",
                    "Id")).row(Cell.text(ItemWords.of(i.id())), Cell.text(i.printed()), Cell.text(i.replicatedText()),
                            Cell.text(i.status().word()), Cell.text(i.note()), Cell.text(i.id()));
            used.put(s, true);
        }
        List<ResultTable> out = new ArrayList<>();
        for (var e : bySection.entrySet()) {
            if (used.containsKey(e.getKey())) {
                out.add(e.getValue().build());
            }
        }
        if (!out.isEmpty()) {
            ResultTable last = out.remove(out.size() - 1);
            List<String> notes = new ArrayList<>(last.notes());
            notes.add(summary());
            notes.add("match: equal at the printed precision; close: relative difference under 5 %; differs: 5 % "
                    + "or more; unavailable: the data lack what the number needs; inconsistent: the paper "
                    + "contradicts itself.");
            out.add(new ResultTable(last.title(), last.columns(), last.rows(), notes));
        }
        out.addAll(methodsCheck);
        return out;
    }

    /** A standalone HTML page of the report. */
    public String toHtml() {
        return HtmlTableWriter.document(this);
    }

    /** The report as Markdown tables. */
    public String toMarkdown() {
        return "# " + title() + "\n\n" + MarkdownTableWriter.write(this);
    }
}
