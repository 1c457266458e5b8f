package org.tradeworkbench.ui.importing;

/** A country (World Bank file) or partner (Census file) the user may pick: its code and its name. */
public record ProviderChoice(String code, String name) {
    @Override
    public String toString() {
        return name.isEmpty() ? code : name + " (" + code + ")";
    }
}
