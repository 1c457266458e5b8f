package org.tradeworkbench.core.fetch;

import java.util.List;

/**
 * One page of a catalogue listing: the entries, where they start in the whole list (0-based) and how many the
 * whole list holds, so a caller can ask for the next page.
 */
public record CataloguePage(List<CatalogueEntry> entries, int offset, int total) {
    public CataloguePage {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return offset + entries.size() < total;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
