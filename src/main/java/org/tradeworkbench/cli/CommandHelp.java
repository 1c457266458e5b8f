package org.tradeworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradeworkbench.core.script.CommandOption;

/**
 * What {@code help COMMAND} and {@code COMMAND --help} print: what the command does, its usage line, and every
 * option it takes with the values the usage gives it. docs/cli.md has the full description of each.
 */
final class CommandHelp {
    private CommandHelp() {
    }

    /** One sentence per command: what it computes or does. */
    private static final Map<String, String> SUMMARY = Map.ofEntries(
            Map.entry("replicate", "Replicates the paper's tables and figures on the bundled or given data and"
                    + " reports, number by number, how close each comes to the printed value."),
            Map.entry("adf", "Augmented Dickey-Fuller unit-root test of one series (the Stationarity tab's"
                    + " analysis), or the MacKinnon p-value and critical values of a given statistic."),
            Map.entry("kpss", "KPSS test of the null of (level or trend) stationarity of one series."),
            Map.entry("pp", "Phillips-Perron unit-root test of one series (Z-tau or Z-alpha, Bartlett long-run"
                    + " variance with urca's short or long truncation lag or a fixed one), with p value and critical"
                    + " values."),
            Map.entry("dfgls", "DF-GLS unit-root test of one series (Elliott-Rothenberg-Stock GLS detrending),"
                    + " lags fixed or by MAIC, AIC or BIC, with critical values (no p value is published)."),
            Map.entry("za", "Zivot-Andrews unit-root test with one break at an unknown date (intercept, trend or"
                    + " both): the break date, statistic, p value and critical values."),
            Map.entry("run-script", "Replays a command script, as the Commands tab writes it: data commands set"
                    + " the data and sample that later lines use."),
            Map.entry("figure", "Draws one of the paper's Figures 1-4 or a general chart of chosen series to a"
                    + " PNG or SVG file."),
            Map.entry("ols", "Least-squares regression with its covariance, fit statistics and diagnostics (the"
                    + " Regression tab's analysis)."),
            Map.entry("granger", "Granger causality test of one pair of series at a lag order."),
            Map.entry("causality", "Granger causality between every ordered pair of the given series (the"
                    + " Causality tab's analysis)."),
            Map.entry("tabs", "Runs the Stationarity, Regression and Causality tabs of a saved workbench and"
                    + " prints their tables."),
            Map.entry("engle-granger", "Engle-Granger cointegration test: ADF on the residuals of the"
                    + " cointegrating regression, MacKinnon (2010) p-values."),
            Map.entry("johansen", "Johansen trace and maximum-eigenvalue tests of the cointegration rank."),
            Map.entry("ardl", "ARDL model with lags chosen by an information criterion and the Pesaran-Shin-Smith"
                    + " bounds test for a level relationship."),
            Map.entry("phillips-ouliaris", "Phillips-Ouliaris residual-based cointegration test: the variance"
                    + " ratio Pu or the multivariate trace Pz (R urca's ca.po), Phillips-Ouliaris (1990) critical"
                    + " values."),
            Map.entry("varselect", "Lag order of a VAR by AIC, BIC, HQ and FPE."),
            Map.entry("var", "Vector autoregression: coefficients, fit and residual tests."),
            Map.entry("irf", "Impulse responses of a VAR (orthogonalised, generalised or unit), with bands."),
            Map.entry("fevd", "Forecast-error variance decomposition of a VAR."),
            Map.entry("toda-yamamoto", "Toda-Yamamoto causality test: Wald test in a VAR with extra lags for the"
                    + " largest order of integration."),
            Map.entry("vecm", "Vector error-correction model at a cointegration rank."),
            Map.entry("methods-check", "What the data allow before a causality test is read: orders of"
                    + " integration, cointegration and which causality test is valid."),
            Map.entry("bench", "Measures the speed of the estimators and of import on generated data."),
            Map.entry("export-all", "Writes every table and figure of a workbench (or of the data) into a folder,"
                    + " as File > Export all does."),
            Map.entry("fetch", "Downloads series from the World Bank, the U.S. Census Bureau or DBnomics into a"
                    + " CSV file (with a local cache)."),
            Map.entry("open", "In a script: the data the next commands use (a file, the bundled sample or a"
                    + " workbench)."),
            Map.entry("append", "In a script: merges a file's series into the data on period."),
            Map.entry("genr", "In a script: adds or redefines a generated series."),
            Map.entry("smpl", "In a script: the sample the next commands use (--full for the whole data)."),
            Map.entry("rename", "In a script: renames a series."),
            Map.entry("delete", "In a script: deletes series."),
            Map.entry("set", "In a script: changes one value."),
            Map.entry("undo", "In a script: reverts the last data commands."),
            Map.entry("redo", "In a script: re-applies the last undone data commands."),
            Map.entry("unreplayable", "Written by the app for a step no command repeats (e.g. pasted data); a"
                    + " replay stops there."));

    /** The summary of {@code name}, or null when it has none. */
    static String summary(String name) {
        return SUMMARY.get(name);
    }

    /**
     * An option and the value its usage gives it: a placeholder ({@code EXPR}, {@code FILE.png|FILE.svg}) or
     * fixed values, which may end in a placeholder ({@code n|c|ct}, {@code auto|legacy|K}, {@code 1..4|general}).
     */
    private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z0-9-]*)((?: [A-Z][A-Za-z0-9.,\\[\\]|;/_-]*)"
            + "|(?: [a-z0-9.][a-z0-9.-]*(?:\\|[A-Za-z0-9.][A-Za-z0-9.-]*)+))?");

    /** The options of a usage line, each once, with the value it takes (e.g. {@code --trend n|c|ct}). */
    static List<String> options(String usage) {
        List<String> out = new ArrayList<>();
        for (String[] o : parse(usage)) {
            out.add("--" + o[0] + (o[1].isEmpty() ? "" : " " + o[1]));
        }
        return out;
    }

    /** Name (without dashes) and value of each option of a usage line, first mention first. */
    private static List<String[]> parse(String usage) {
        List<String[]> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher m = OPTION.matcher(usage);
        while (m.find()) {
            String name = m.group(1).substring(2);
            if (seen.contains(name)) {
                continue;
            }
            seen.add(name);
            String value = m.group(2) == null ? "" : m.group(2).strip().replaceAll("[\\]\\[]+$", "");
            out.add(new String[] {name, value});
        }
        return out;
    }

    /**
     * The options of {@code c} as its help lists them, each with the fixed values it takes: the lower-case
     * alternatives of its value ({@code aic|bic|tstat}; a range {@code 1..4} as its numbers), none when the value
     * is a placeholder. The console completes from these, so the help and the completion cannot disagree.
     */
    static List<CommandOption> options(Command c) {
        List<CommandOption> out = new ArrayList<>();
        for (String[] o : parse(c.usage())) {
            List<String> choices = new ArrayList<>();
            if (!o[1].isEmpty() && !Character.isUpperCase(o[1].charAt(0))) {
                for (String alternative : o[1].split("\\|")) {
                    Matcher range = RANGE.matcher(alternative);
                    if (range.matches()) {
                        for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                            choices.add(Integer.toString(i));
                        }
                    } else if (!alternative.isEmpty() && !Character.isUpperCase(alternative.charAt(0))) {
                        choices.add(alternative);
                    }
                }
            }
            out.add(new CommandOption(o[0], o[1], c.flags().contains(o[0]), choices));
        }
        return out;
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\.\\.(\\d{1,2})");

    /** The help text of {@code c}. */
    static String of(Command c) {
        StringBuilder sb = new StringBuilder();
        String summary = summary(c.name());
        sb.append(c.name()).append(": ").append(summary == null ? "(no description)" : summary).append('\n');
        sb.append("\nUsage: ").append(c.usage()).append('\n');
        List<CommandOption> options = options(c);
        if (!options.isEmpty()) {
            sb.append("\nOptions:\n");
            for (CommandOption o : options) {
                sb.append("  ").append(o.display()).append(o.flag() ? "   (a flag, no value)" : "").append('\n');
            }
        }
        sb.append("\nSee docs/cli.md for every option's meaning and the JSON keys.\n");
        return sb.toString();
    }
}
