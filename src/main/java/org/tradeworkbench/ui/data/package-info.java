/**
 * The Data tab and the variable list: the grid of the dataset, editing cells, generated series, and which variables
 * are checked.
 */
package org.tradeworkbench.ui.data;
