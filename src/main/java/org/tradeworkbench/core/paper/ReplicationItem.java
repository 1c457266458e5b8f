package org.tradeworkbench.core.paper;

/**
 * One row of the replication: a printed number, the value recomputed from the loaded data (NaN when
 * unavailable), the verdict and a one-line explanation.
 */
public record ReplicationItem(String id, PrintedNumber paper, double replicated, Status status, String note) {

    public ReplicationItem {
        if (note == null || note.isBlank() || note.contains("\n")) {
            throw new IllegalArgumentException(id + ": every item explains itself in one line");
        }
    }

    /** The printed digits. */
    public String printed() {
        return paper.printed();
    }

    /** The recomputed value at the paper's precision plus one digit, or empty when unavailable. */
    public String replicatedText() {
        if (Double.isNaN(replicated)) {
            return "";
        }
        if (paper.decimals() == 0 && replicated == Math.rint(replicated)) {
            return org.tradeworkbench.core.report.NumberFormats.fixed(replicated, 0);
        }
        return org.tradeworkbench.core.report.NumberFormats.fixed(replicated, paper.decimals() + 1);
    }
}
