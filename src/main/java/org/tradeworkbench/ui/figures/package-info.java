/**
 * The Figures tab: the paper's Figures 1-4 and charts of any variables, with their choices.
 */
package org.tradeworkbench.ui.figures;
