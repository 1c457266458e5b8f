/**
 * Trade Workbench: the start of the desktop app and the command line ({@code Launcher}), and what the desktop start
 * needs before JavaFX runs (native libraries beside the jar, the class-data archive).
 */
package org.tradeworkbench;
