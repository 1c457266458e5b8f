/**
 * The U.S. Census Bureau's advanced technology products (ATP) trade tables: reading them and mapping their columns
 * to the paper's variables.
 */
package org.tradeworkbench.core.io.atp;
