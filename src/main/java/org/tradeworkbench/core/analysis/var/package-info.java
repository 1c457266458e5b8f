/**
 * The VAR toolkit (the VAR tab and its commands): lag-order selection, VAR, stability and residual tests, VECM,
 * impulse responses with bands, variance decomposition, causality (Granger, Toda-Yamamoto) and the methods check.
 */
package org.tradeworkbench.core.analysis.var;
