/**
 * The export menu of every figure and table: PNG at a chosen size, SVG, CSV, LaTeX, HTML, Markdown, and copying to
 * the clipboard.
 */
package org.tradeworkbench.ui.export;
