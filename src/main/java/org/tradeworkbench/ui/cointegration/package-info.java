/** The Cointegration tab: Engle-Granger, Johansen and the ARDL bounds test. */
package org.tradeworkbench.ui.cointegration;
