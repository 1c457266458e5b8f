/**
 * Messages to the user: the status bar with progress and cancel, panel messages and their severities.
 */
package org.tradeworkbench.ui.status;
