/**
 * The Causality tab: pairwise Granger causality tests of the chosen variables.
 */
package org.tradeworkbench.ui.causality;
