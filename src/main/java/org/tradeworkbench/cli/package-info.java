/**
 * The command line: one {@code Command} per verb, run headless on {@code core} and {@code render} only (never
 * {@code ui}); the same analyses, reports and writers as the desktop app.
 */
package org.tradeworkbench.cli;
