package org.tradeworkbench.core.figures;

/** How a figure draws its series: connected lines (broken at missing years) or grouped bars. */
public enum FigureKind {
    LINE, BAR
}
