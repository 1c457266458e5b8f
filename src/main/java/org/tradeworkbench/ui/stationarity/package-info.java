/**
 * The Stationarity tab: ADF and KPSS tests of the chosen variables.
 */
package org.tradeworkbench.ui.stationarity;
