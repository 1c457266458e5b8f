/**
 * Reading data files: CSV dialect detection, number and missing-value parsing, the import preview, and the provider
 * formats (World Bank WDI, Census country files, long format).
 */
package org.tradeworkbench.core.io;
