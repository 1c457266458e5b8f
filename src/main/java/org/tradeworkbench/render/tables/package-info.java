/**
 * Result tables and reports drawn for print as images: every row, booktabs rules, numbers right-aligned, notes
 * underneath.
 */
package org.tradeworkbench.render.tables;
