/** The paper's replication as an analysis: which definitions of the paper variables, and the report. */
package org.tradeworkbench.core.analysis.replication;
