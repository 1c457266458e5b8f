package org.tradeworkbench.core.stats.granger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Granger causality test, "cause does not Granger-cause effect" at a lag order, in statsmodels'
 * {@code grangercausalitytests} forms {@code ssr_ftest} and {@code ssr_chi2test} (the F form is R's
 * {@code lmtest::grangertest}); with a robust covariance, the Wald F of the cause's lags and the Wald chi-square
 * (R {@code lmtest::waldtest(..., vcov = V, test = "F")} and {@code test = "Chisq"}).
 *
 * @param nobs            observations in the regressions (sample length minus the lag order)
 * @param ssrRestricted   SSR of effect on a constant and its own lags
 * @param ssrUnrestricted SSR with the lags of the cause added
 * @param covariance      the coefficient covariance of the test, e.g. "HC1 heteroskedasticity-robust"
 */
public record GrangerStatistic(String cause, String effect, int lags, int nobs, double fStatistic, int dfNum,
        int dfDenom, double pValue, double chi2Statistic, double chi2PValue, double ssrRestricted,
        double ssrUnrestricted, String sampleStart, String sampleEnd, String covariance) {

    public String nullHypothesis() {
        return cause + " does not Granger-cause " + effect;
    }

    /** Whether the F test rejects the null at significance level {@code alpha}. */
    public boolean rejects(double alpha) {
        return pValue < alpha;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("null_hypothesis", nullHypothesis());
        m.put("cause", cause);
        m.put("effect", effect);
        m.put("lags", lags);
        m.put("f_statistic", fStatistic);
        m.put("p_value", pValue);
        m.put("df_num", dfNum);
        m.put("df_denom", dfDenom);
        m.put("nobs", nobs);
        m.put("chi2_statistic", chi2Statistic);
        m.put("chi2_p_value", chi2PValue);
        m.put("chi2_df", lags);
        m.put("sample_start", sampleStart);
        m.put("sample_end", sampleEnd);
        m.put("covariance", covariance);
        return m;
    }
}
