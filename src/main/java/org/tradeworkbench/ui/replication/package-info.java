/**
 * The Replication tab: the paper's printed results beside ours, item by item.
 */
package org.tradeworkbench.ui.replication;
