/**
 * The paper this workbench grew around: its variables, its sample data, its printed numbers, and the replication
 * report that sets our results beside them.
 */
package org.tradeworkbench.core.paper;
