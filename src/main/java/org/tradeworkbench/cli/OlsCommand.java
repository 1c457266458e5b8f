package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradeworkbench.core.analysis.regression.ModelTerms;
import org.tradeworkbench.core.analysis.regression.RegressionAnalysis;
import org.tradeworkbench.core.analysis.regression.RegressionReport;
import org.tradeworkbench.core.analysis.regression.RegressionSpec;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.stats.ols.CovarianceType;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * {@code ols}: least squares of an expression on a comma-separated list of expressions, with fit statistics and
 * diagnostics; rows with a missing term are dropped and counted. The same spec and tables as the Regression tab.
 */
final class OlsCommand implements Command {
    @Override
    public String name() {
        return "ols";
    }

    @Override
    public String usage() {
        return "ols --data FILE --y EXPR [--x EXPR,EXPR,...] [--no-constant] " + CovarianceOptions.USAGE
                + " [--bg-order K] [--arch-order Q] [--q-lags H] [--chow PERIOD] [--wald \"R1, R2\"] [--qlr [--qlr-trim T]]"
                + " [--cusum] [--cusum-squares] [--recursive-coefficients] [--from P] [--to P] [--presample cut|use] [--json]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "no-constant", "prewhite", "hac-adjust", "qlr", "cusum", "cusum-squares",
                "recursive-coefficients");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        String y = args.required("y");
        List<String> x = splitList(name(), "x", args.opt("x").orElse(""));
        boolean constant = !args.flag("no-constant");
        CovarianceOptions covariance = CovarianceOptions.parse(args, name());
        CovarianceType cov = covariance.type();
        int hacLags = covariance.hacLags();
        boolean qlr = args.flag("qlr");
        boolean cusum = args.flag("cusum");
        boolean cusumSquares = args.flag("cusum-squares");
        boolean recursive = args.flag("recursive-coefficients");
        double qlrTrim = RegressionSpec.DEFAULT_QLR_TRIMMING;
        if (args.opt("qlr-trim").isPresent()) {
            if (!qlr) {
                throw new UsageException("ols: --qlr-trim applies only with --qlr");
            }
            String t = args.opt("qlr-trim").get();
            try {
                qlrTrim = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new UsageException("ols: --qlr-trim must be a number between 0 and 0.5, got " + t);
            }
            if (!(qlrTrim > 0 && qlrTrim < 0.5)) {
                throw new UsageException("ols: --qlr-trim must be between 0 and 0.5 (0.15 trims 15% at each end), got "
                        + t);
            }
        }
        int bgOrder = args.intOpt("bg-order", 1);
        if (bgOrder < 1) {
            throw new UsageException("ols: --bg-order must be at least 1, got " + bgOrder);
        }
        int archOrder = args.intOpt("arch-order", org.tradeworkbench.core.stats.ols.OlsOptions.DEFAULT_ARCH_ORDER);
        if (archOrder < 0) {
            throw new UsageException("ols: --arch-order must be 0 (no ARCH test) or more, got " + archOrder);
        }
        int qLags = args.intOpt("q-lags", org.tradeworkbench.core.stats.ols.OlsOptions.AUTO_Q_LAGS);
        if (args.opt("q-lags").isPresent() && qLags < 0) {
            throw new UsageException("ols: --q-lags must be 0 (no Ljung-Box test) or more, got " + qLags);
        }
        String chow = args.opt("chow").orElse(null);
        String wald = args.opt("wald").orElse(null);
        boolean json = args.flag("json");
        Dataset data = DataOptions.loadWithPresample(args);
        args.checkAllUsed();
        if (x.isEmpty() && !constant) {
            throw new UsageException("ols: give regressors with --x or keep the constant");
        }
        RegressionReport r = new RegressionAnalysis().run(spec(y, x, constant, cov, hacLags, bgOrder)
                .withResidualTests(archOrder, qLags).withChowBreak(chow).withWald(wald)
                .withHac(covariance.hac())
                .withQlr(qlr ? qlrTrim : 0).withCusum(cusum).withCusumSquares(cusumSquares)
                .withRecursiveCoefficients(recursive), data,
                ProgressReporter.NONE);
        if (r.waldProblem() != null) {
            throw new org.tradeworkbench.core.data.DataException("ols: --wald: " + r.waldProblem());
        }
        out.print(json ? JsonWriter.write(r.toJson()) + "\n" : TextTableWriter.write(r));
        return 0;
    }

    /**
     * The Regression tab's spec for the model: each {@code --x} term a regressor without extra lags (lags are
     * written out, e.g. {@code y(-1)}). A term that is the dependent itself or listed twice is refused here,
     * where the tab would skip it, so that a script never fits another model than it says.
     */
    static RegressionSpec spec(String y, List<String> x, boolean constant, CovarianceType cov, int hacLags,
            int bgOrder) {
        List<ModelTerms.Regressor> regressors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String term : x) {
            if (term.equals(y.trim())) {
                throw new UsageException("ols: --x lists the dependent " + term + " itself; give its lags, e.g. "
                        + term + "(-1)");
            }
            if (seen.contains(term)) {
                throw new UsageException("ols: --x lists " + term + " twice");
            }
            seen.add(term);
            regressors.add(new ModelTerms.Regressor(term, 0));
        }
        return new RegressionSpec(y, 0, regressors, constant, cov, hacLags, bgOrder);
    }

    /**
     * Splits a comma-separated list of expressions at the commas that are outside parentheses and backticks, so
     * that {@code d(x, 2),log(y)} is two expressions.
     */
    static List<String> splitList(String command, String option, String text) {
        List<String> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '`') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth <= 0 && c == ',') {
                String item = text.substring(start, Math.min(i, text.length())).trim();
                if (item.isEmpty()) {
                    throw new UsageException(command + ": --" + option + " has an empty item at position "
                            + (start + 1) + " of \"" + text + "\"");
                }
                out.add(item);
                start = i + 1;
            }
        }
        return out;
    }
}
