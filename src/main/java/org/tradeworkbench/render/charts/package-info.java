/**
 * A {@code FigureSpec} drawn as a JavaFX chart with text nodes for its titles, legend and source note; the one
 * drawing of a figure, on screen and in images.
 */
package org.tradeworkbench.render.charts;
