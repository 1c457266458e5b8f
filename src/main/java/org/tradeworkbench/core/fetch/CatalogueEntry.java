package org.tradeworkbench.core.fetch;

/**
 * One line of a provider's catalogue: a World Bank source or indicator, a DBnomics provider, dataset or series.
 *
 * @param code   what the provider calls it ({@code IP.PAT.NRES}, {@code WB}, {@code WDI})
 * @param name   its name as the provider gives it
 */
public record CatalogueEntry(String code, String name) {
    @Override
    public String toString() {
        return code + "  " + name;
    }
}
