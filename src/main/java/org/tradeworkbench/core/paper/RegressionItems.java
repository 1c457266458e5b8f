package org.tradeworkbench.core.paper;

import java.util.ArrayList;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.paper.PaperData.PaperFrame;
import org.tradeworkbench.core.report.NumberFormats;
import org.tradeworkbench.core.stats.ols.Coefficient;
import org.tradeworkbench.core.stats.ols.Ols;
import org.tradeworkbench.core.stats.ols.OlsOptions;
import org.tradeworkbench.core.stats.ols.OlsResult;

/**
 * Equation (2): OLS of lny on its lag, RATIO, PATENT and FDIGDP with a constant (equation (1) has one; (2)
 * does not print it). The lag coefficient is printed as 0.77 in the equation and as 0.761 in the text.
 */
final class RegressionItems {
    private RegressionItems() {
    }

    static final List<String> TERMS = List.of("lny(-1)", "RATIO", "PATENT", "FDIGDP");
    static final List<String> VARIABLES = List.of("lny", "RATIO", "PATENT", "FDIGDP");

    static List<ReplicationItem> items(PaperResults paper, PaperFrame frame) {
        String span = Coverage.span(frame.data());
        OlsResult fit = null;
        String unavailable = null;
        if (VARIABLES.stream().anyMatch(v -> frame.missing().containsKey(v))) {
            unavailable = MissingInputs.variables(frame.missing(), VARIABLES, span);
        } else {
            try {
                fit = Ols.fit(frame.data(), "lny", TERMS, OlsOptions.DEFAULT);
            } catch (DataException e) {
                unavailable = Coverage.withGaps("cannot estimate equation (2) on " + span + ": " + e.getMessage(),
                        frame, VARIABLES);
            }
        }
        String model = fit == null ? "" : "OLS of lny on const, " + String.join(", ", TERMS) + ", "
                + fit.sample().labels()[0] + "–" + fit.sample().labels()[fit.nobs() - 1] + " (" + fit.nobs() + " obs.)";
        List<ReplicationItem> out = new ArrayList<>();
        PrintedNumber text = paper.get("text.eq2.lny(-1)");
        for (String term : TERMS) {
            PrintedNumber p = paper.get("eq2." + term);
            double value = Double.NaN;
            String detail = unavailable;
            if (fit != null) {
                Coefficient c = fit.coefficient(term);
                value = c.estimate();
                detail = model + ": t = " + NumberFormats.fixed(c.t(), 2) + ", p = " + NumberFormats.pValue(c.pValue());
            }
            if (term.equals("lny(-1)")) {
                String contradiction = "equation (2) prints " + p.printed() + ", the text " + text.printed()
                        + " (which rounds to 0.76; 0.761 is also Table 3's P value for \"lny is the Granger cause "
                        + "of RATIO\")";
                String rest = fit != null ? "; recomputed " + NumberFormats.fixed(value, 3) + " by " + detail
                        : "; " + unavailable;
                out.add(new ReplicationItem(p.id(), p, value, Status.INCONSISTENT, contradiction + rest));
                out.add(new ReplicationItem(text.id(), text, value, Status.INCONSISTENT, contradiction + rest));
            } else {
                Status st = fit != null ? Status.compare(p, value) : Status.UNAVAILABLE;
                out.add(new ReplicationItem(p.id(), p, value, st, detail));
            }
        }
        return out;
    }
}
