package org.tradeworkbench.core.analysis.stationarity;

import java.util.List;
import java.util.Objects;
import org.tradeworkbench.core.stats.dist.UnitRootTrend;
import org.tradeworkbench.core.stats.unitroot.AdfSpec;
import org.tradeworkbench.core.stats.unitroot.DfGlsLagCriterion;
import org.tradeworkbench.core.stats.unitroot.DfGlsSpec;
import org.tradeworkbench.core.stats.unitroot.PhillipsPerronSpec;
import org.tradeworkbench.core.stats.unitroot.ZivotAndrewsSpec;

/**
 * The user's choices for a Stationarity analysis: which variables, which unit-root test, deterministic terms,
 * which difference, lags (fixed or by a criterion) and KPSS on request. The Stationarity tab, the {@code adf}
 * command, the workbench file and the command log all describe a run by this record.
 *
 * @param variables names or expressions, in the order of the table's rows
 * @param test      the unit-root test
 * @param fixedLags lagged differences when {@code lags} is {@link LagChoice#FIXED}
 * @param maxLag    largest order the criterion considers, or null for the default (Schwert's rule)
 * @param kpss      also run the KPSS test (same deterministic terms and difference)
 * @param breaks    the Zivot-Andrews break and trimming (null in a file written before the test existed: the
 *                  defaults)
 * @param pp        the Phillips-Perron statistic and bandwidth (null: the defaults); PP ignores {@code lags}
 * @param glsCriterion the DF-GLS lag criterion when {@code lags} is automatic (null: MAIC); with fixed lags
 *                  DF-GLS uses {@code fixedLags}
 */
public record StationaritySpec(List<String> variables, UnitRootKind test, UnitRootTrend trend,
        DifferenceChoice difference, LagChoice lags, int fixedLags, Integer maxLag, boolean kpss,
        BreakChoice breaks, PhillipsPerronChoice pp, DfGlsLagCriterion glsCriterion) {

    /** The 5 % level of the verdicts and of the search for the smallest order. */
    public static final double LEVEL = 0.05;

    /** The choices a new Stationarity tab starts with (statsmodels' adfuller defaults: constant, AIC). */
    public static final StationaritySpec DEFAULT = new StationaritySpec(List.of(), UnitRootKind.ADF,
            UnitRootTrend.CONSTANT, DifferenceChoice.LEVEL, LagChoice.AIC, 0, null, false, BreakChoice.DEFAULT,
            PhillipsPerronChoice.DEFAULT, DfGlsLagCriterion.MAIC);

    /** With the default Zivot-Andrews choices (they matter only for that test). */
    public StationaritySpec(List<String> variables, UnitRootKind test, UnitRootTrend trend,
            DifferenceChoice difference, LagChoice lags, int fixedLags, Integer maxLag, boolean kpss) {
        this(variables, test, trend, difference, lags, fixedLags, maxLag, kpss, BreakChoice.DEFAULT);
    }

    /** With the default Phillips-Perron and DF-GLS choices (they matter only for those tests). */
    public StationaritySpec(List<String> variables, UnitRootKind test, UnitRootTrend trend,
            DifferenceChoice difference, LagChoice lags, int fixedLags, Integer maxLag, boolean kpss,
            BreakChoice breaks) {
        this(variables, test, trend, difference, lags, fixedLags, maxLag, kpss, breaks, PhillipsPerronChoice.DEFAULT,
                DfGlsLagCriterion.MAIC);
    }

    public StationaritySpec {
        breaks = breaks == null ? BreakChoice.DEFAULT : breaks;
        pp = pp == null ? PhillipsPerronChoice.DEFAULT : pp;
        glsCriterion = glsCriterion == null ? DfGlsLagCriterion.MAIC : glsCriterion;
        variables = List.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(lags, "lags");
        if (fixedLags < 0) {
            throw new IllegalArgumentException("fixedLags cannot be negative, got " + fixedLags);
        }
        if (maxLag != null && maxLag < 0) {
            throw new IllegalArgumentException("maxLag cannot be negative, got " + maxLag);
        }
    }

    /** The same choices for other variables. */
    public StationaritySpec withVariables(List<String> vars) {
        return new StationaritySpec(vars, test, trend, difference, lags, fixedLags, maxLag, kpss, breaks, pp,
                glsCriterion);
    }

    /** The Phillips-Perron specification of these choices; the limits are checked by {@link PhillipsPerronSpec}. */
    public PhillipsPerronSpec phillipsPerronSpec() {
        return new PhillipsPerronSpec(pp.statistic(), trend, pp.truncation());
    }

    /** The DF-GLS specification of these choices; the limits are checked by {@link DfGlsSpec}. */
    public DfGlsSpec dfGlsSpec() {
        return lags.isAutomatic() ? DfGlsSpec.autoLag(trend, glsCriterion, maxLag)
                : DfGlsSpec.fixedLags(trend, fixedLags);
    }

    /** The Zivot-Andrews specification of these choices; the limits are checked by {@link ZivotAndrewsSpec}. */
    public ZivotAndrewsSpec zivotAndrewsSpec() {
        ZivotAndrewsSpec z = lags.isAutomatic() ? ZivotAndrewsSpec.autoLag(breaks.type(), lags.criterion(), maxLag)
                : ZivotAndrewsSpec.fixedLags(breaks.type(), fixedLags);
        return z.withTrim(breaks.trim());
    }

    /** The ADF specification at difference order {@code d}; the limits are checked by {@link AdfSpec}. */
    public AdfSpec adfSpec(int d) {
        return lags.isAutomatic() ? AdfSpec.autoLag(trend, d, lags.criterion(), maxLag)
                : AdfSpec.fixedLags(trend, d, fixedLags);
    }

    /** How the lags were chosen, for the table's notes. */
    public String describeLags() {
        if (test == UnitRootKind.PP) {
            return "Bartlett long-run variance, truncation lag "
                    + (pp.truncation().isFixed() ? pp.truncation().fixed() + " (fixed)" : pp.lags() + " (trunc("
                    + (pp.lags().equals("short") ? "4" : "12") + " (n/100)^(1/4)), as urca's ur.pp)");
        }
        if (test == UnitRootKind.DFGLS && lags.isAutomatic()) {
            return "lags chosen by " + glsCriterion.label() + " among 0.." + (maxLag == null
                    ? "the default maximum (ceil(12 (T/100)^(1/4)), at most T/2 - terms - 1)" : maxLag.toString());
        }
        if (!lags.isAutomatic()) {
            return fixedLags + " lagged difference" + (fixedLags == 1 ? "" : "s");
        }
        return "lags chosen by " + lags.criterion().label() + " among 0.."
                + (maxLag == null ? "the default maximum (ceil(12 (n/100)^(1/4)), at most n/2 - terms - 1)"
                        : maxLag.toString());
    }
}
