/**
 * The analysis tabs of a saved workbench run without the app, from the specs the file keeps: what the
 * command line and Export all need to show what the tabs show. Apart from the analysis kinds, which it uses.
 */
package org.tradeworkbench.core.analysis.workbench;
