/**
 * Figures on screen: the render layer's drawing with a zoom for long lines, and figures redrawn in place with each
 * new result.
 */
package org.tradeworkbench.ui.charts;
