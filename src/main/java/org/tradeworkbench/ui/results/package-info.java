/**
 * Result tables on screen: a table control with its export menu and notes, shared by every analysis tab.
 */
package org.tradeworkbench.ui.results;
