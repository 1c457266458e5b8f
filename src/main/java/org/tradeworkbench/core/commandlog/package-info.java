/**
 * The command log: every action on the data and the analyses as a command line, replayed from workbench files and
 * saved as scripts for {@code run-script}.
 */
package org.tradeworkbench.core.commandlog;
