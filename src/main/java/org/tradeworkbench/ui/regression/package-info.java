/**
 * The Regression tab: an OLS model of the chosen variables, its tables and its charts.
 */
package org.tradeworkbench.ui.regression;
