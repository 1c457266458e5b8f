/**
 * The data model: a dataset of named series on a time index (annual, quarterly, monthly periods), sample ranges,
 * and the data errors that name where they happened.
 */
package org.tradeworkbench.core.data;
