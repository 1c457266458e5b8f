package org.tradeworkbench.core.figures;

/**
 * A least-squares line through one series of a scatter plot, drawn from the smallest to the largest x.
 *
 * @param series    the name of the series it is fitted to
 * @param equation  the fitted equation as the Regression tab prints it, e.g. {@code y = 1.2 + 0.53 x}
 * @param intercept the constant
 * @param slope     the coefficient of x
 * @param xMin      where the drawn line starts
 * @param xMax      where it ends
 * @param n         the pairs it is fitted to
 * @param rSquared  its R²
 */
public record FittedLine(String series, String equation, double intercept, double slope, double xMin, double xMax,
        int n, double rSquared) {

    public double at(double x) {
        return intercept + slope * x;
    }

    /** What the legend says: the equation and R². */
    public String legend() {
        return "OLS: " + equation + " (R² = " + org.tradeworkbench.core.report.NumberFormats.fixed(rSquared, 3) + ", n = "
                + n + ")";
    }
}
