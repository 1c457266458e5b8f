/** File ▸ Get data online…: the dialog that fetches series from the World Bank, the U.S. Census and DBnomics. */
package org.tradeworkbench.ui.online;
