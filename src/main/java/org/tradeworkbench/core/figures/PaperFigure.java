package org.tradeworkbench.core.figures;

import java.util.List;

/**
 * The four figures of Zhao's paper, with the inputs each needs. Captions follow the paper's ("Figure 1.
 * China-U.S. High-Tech Trade Deficit from 2004 to 2016", ...), with the years of the data actually drawn.
 */
public enum PaperFigure {
    FIGURE_1(1, "China–US high-tech trade balance", FigureKind.BAR,
            "US balance of trade in advanced technology products with China (exports − imports); below zero is a US deficit",
            "US balance with China", "billion US$",
            List.of(new SeriesSlot("balance", "ATP trade balance with China", AtpColumnMatchers.totalBalance()),
                    new SeriesSlot("exports", "ATP exports to China (if no balance)", AtpColumnMatchers.exportsToChina()),
                    new SeriesSlot("imports", "ATP imports from China (if no balance)",
                            AtpColumnMatchers.importsFromChina()))),
    FIGURE_2(2, "Ratio of US high-tech exports to China to US high-tech exports to the world", FigureKind.LINE,
            "US exports of advanced technology products to China divided by those to the world (the paper's RATIO)",
            "Exports to China / exports to world", "ratio",
            List.of(new SeriesSlot("ratio", "Ratio column (if already computed)", AtpColumnMatchers.ratio()),
                    new SeriesSlot("china", "ATP exports to China", AtpColumnMatchers.exportsToChina()),
                    new SeriesSlot("world", "ATP exports to the world", AtpColumnMatchers.exportsToWorld()))),
    FIGURE_3(3, "US–China high-tech deficit categories", FigureKind.LINE,
            "US balance with China by ATP category where the US runs a deficit",
            "US balance with China", "billion US$",
            List.of(new SeriesSlot("ict", "Information & communications",
                            AtpColumnMatchers.categoryBalance(new String[] {"information", "communications", "communication",
                                    "ict", "infocomm", "04"})),
                    new SeriesSlot("opto", "Opto-electronics",
                            AtpColumnMatchers.categoryBalance(new String[] {"opto", "optoelectronics", "03"})),
                    new SeriesSlot("weapons", "Weapons",
                            AtpColumnMatchers.categoryBalance(new String[] {"weapons", "weapon", "09"})))),
    FIGURE_4(4, "US–China high-tech surplus categories", FigureKind.LINE,
            "US balance with China by ATP category where the US runs a surplus",
            "US balance with China", "billion US$",
            List.of(new SeriesSlot("flexible", "Flexible manufacturing",
                            AtpColumnMatchers.categoryBalance(new String[] {"flexible", "flex", "fms", "06"})),
                    new SeriesSlot("aerospace", "Aerospace",
                            AtpColumnMatchers.categoryBalance(new String[] {"aerospace", "aero", "08"})),
                    new SeriesSlot("electronics", "Electronics",
                            AtpColumnMatchers.categoryBalance(new String[] {"electronics", "electronic", "05"}, "opto",
                                    "optoelectronics")),
                    new SeriesSlot("life", "Life sciences",
                            AtpColumnMatchers.categoryBalance(new String[] {"life", "lifescience", "lifesciences", "02"}))));

    private final int number;
    private final String figureName;
    private final FigureKind defaultKind;
    private final String subtitle;
    private final String yLabel;
    private final String yUnit;
    private final List<SeriesSlot> slots;

    PaperFigure(int number, String figureName, FigureKind defaultKind, String subtitle, String yLabel, String yUnit,
            List<SeriesSlot> slots) {
        this.number = number;
        this.figureName = figureName;
        this.defaultKind = defaultKind;
        this.subtitle = subtitle;
        this.yLabel = yLabel;
        this.yUnit = yUnit;
        this.slots = slots;
    }

    public static PaperFigure number(int n) {
        for (PaperFigure f : values()) {
            if (f.number == n) {
                return f;
            }
        }
        throw new IllegalArgumentException("the paper has Figures 1 to 4, not " + n);
    }

    public int number() {
        return number;
    }

    public String id() {
        return Integer.toString(number);
    }

    /** e.g. "China–US high-tech trade balance". */
    public String figureName() {
        return figureName;
    }

    public FigureKind defaultKind() {
        return defaultKind;
    }

    public String defaultSubtitle() {
        return subtitle;
    }

    public String yLabel() {
        return yLabel;
    }

    public String yUnit() {
        return yUnit;
    }

    public List<SeriesSlot> slots() {
        return slots;
    }

    public SeriesSlot slot(String key) {
        return slots.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Figure " + number + " has no input " + key));
    }

    /** For pickers: "Figure 1. China–US high-tech trade balance". */
    @Override
    public String toString() {
        return "Figure " + number + ". " + figureName;
    }
}
