/**
 * Linear algebra for estimation: design matrices and least squares by Householder QR.
 */
package org.tradeworkbench.core.linalg;
