/**
 * Analyses as typed values: each kind has a package holding its spec (the user's choices, read and written as
 * JSON by {@link org.tradeworkbench.core.analysis.AnalysisJson}), its {@link org.tradeworkbench.core.analysis.Analysis}
 * and its report, which the tabs, the commands and the writers all share.
 */
package org.tradeworkbench.core.analysis;
