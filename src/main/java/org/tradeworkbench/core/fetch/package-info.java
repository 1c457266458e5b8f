/**
 * Data fetched from online databases (World Bank Indicators API v2, the U.S. Census international trade API,
 * DBnomics): one client per provider, the HTTP layer with its timeouts and messages, and the on-disk cache of raw
 * answers that makes a fetch repeatable offline.
 */
package org.tradeworkbench.core.fetch;
