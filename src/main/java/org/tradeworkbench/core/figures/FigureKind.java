package org.tradeworkbench.core.figures;

/**
 * How a figure draws its series: connected lines (broken at missing years), grouped bars, or points at (x, y)
 * without lines (a scatter plot).
 */
public enum FigureKind {
    LINE, BAR, SCATTER
}
