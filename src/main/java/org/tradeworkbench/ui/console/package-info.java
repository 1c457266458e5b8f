/**
 * The command console (View ▸ Console): a prompt where the command-log language is typed, run on the workbench's
 * data and sample, with history, Tab completion and the results printed as the command line prints them.
 */
package org.tradeworkbench.ui.console;
