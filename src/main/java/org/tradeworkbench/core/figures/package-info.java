/**
 * Figures as data: the paper's Figures 1-4 and general charts built from a dataset as {@code FigureSpec}s, the one
 * chart palette, and the SVG writer.
 */
package org.tradeworkbench.core.figures;
