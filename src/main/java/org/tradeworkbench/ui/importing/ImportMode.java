package org.tradeworkbench.ui.importing;

/** What an import does with the current data. */
public enum ImportMode {
    /** Merge on period with the current data ({@code Dataset.merge}). */
    ADD,
    /** Replace the current data. */
    REPLACE
}
