/**
 * The state a window's panels share, injected through {@code WorkbenchContext}: the workbench model, undo, the
 * command log, the panels' results for Export all, and the workbench files.
 */
package org.tradeworkbench.ui.workbench;
