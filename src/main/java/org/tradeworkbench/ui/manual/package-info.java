/** Help ▸ Manual: the window showing the bundled documentation pages, and its view model. */
package org.tradeworkbench.ui.manual;
