/**
 * Charts as an analysis: which chart (the paper's Figures 1-4 or a general chart) with the user's choices, and the
 * report holding what is drawn, for the Figures tab, the {@code figure} command and Export all alike.
 */
package org.tradeworkbench.core.analysis.figures;
