package org.tradeworkbench.core.figures;

/** What the general chart plots: the variables over time (lines or bars), or Y variables against an X variable. */
public enum ChartType {
    LINE, SCATTER
}
