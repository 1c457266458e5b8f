/**
 * Importing data files: the preview dialog, the provider choices and the review of what was read.
 */
package org.tradeworkbench.ui.importing;
