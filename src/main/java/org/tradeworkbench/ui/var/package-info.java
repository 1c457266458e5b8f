/**
 * The VAR tab: lag-order table, VAR estimates, impulse responses and variance decomposition as charts and tables,
 * Toda-Yamamoto causality tests, and the methods check that says which causality test the data allow.
 */
package org.tradeworkbench.ui.var;
