package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradeworkbench.core.analysis.AnalysisJson;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.workbench.WorkbenchFile;

/**
 * {@code tabs}: what the Stationarity, Regression and Causality tabs of a saved workbench show, run headless
 * from the specs the file keeps; a tab with nothing to show says why.
 */
final class TabsCommand implements Command {
    @Override
    public String name() {
        return "tabs";
    }

    @Override
    public String usage() {
        return "tabs --workbench FILE [--json]";
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        WorkbenchFile wb = WorkbenchOption.file(args)
                .orElseThrow(() -> new UsageException("tabs: missing --workbench FILE"));
        boolean json = args.flag("json");
        args.checkAllUsed();
        List<WorkbenchAnalyses.Outcome> outcomes = WorkbenchAnalyses.run(wb, ProgressReporter.NONE);
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (WorkbenchAnalyses.Outcome o : outcomes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tab", o.panel());
                m.put("spec", o.spec() == null ? null : AnalysisJson.plain(o.spec()));
                m.put("report", o.report() == null ? null : o.report().toJson());
                m.put("problem", o.problem());
                list.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tabs", list);
            out.println(JsonWriter.write(m));
            return 0;
        }
        for (WorkbenchAnalyses.Outcome o : outcomes) {
            out.println("== " + o.panel());
            out.println(o.report() == null ? "Nothing to show: " + o.problem() + "\n" : TextTableWriter.write(o.report()));
        }
        return 0;
    }
}
