package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tradeworkbench.core.data.Dataset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tradeworkbench.core.analysis.replication.ReplicationAnalysis;
import org.tradeworkbench.core.analysis.replication.ReplicationSpec;
import org.tradeworkbench.core.analysis.tabs.WorkbenchAnalyses;
import org.tradeworkbench.core.task.ProgressReporter;
import org.tradeworkbench.core.paper.ReplicationReport;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.TextTableWriter;

/**
 * {@code replicate}: every number the paper prints beside the value recomputed from the data. {@code --data}
 * takes one file or several separated by commas, merged in order ({@link DataOptions#read}: Census high-tech
 * answers alone complete the bundled sample); without it the bundled sample is used. The paper's frame
 * (2004–2018) is fixed, so the command has no --from/--to.
 */
final class ReplicateCommand implements Command {
    @Override
    public String name() {
        return "replicate";
    }

    @Override
    public String usage() {
        return "replicate [--data FILE[,FILE...] | --workbench FILE] [--define NAME=EXPR[;NAME=EXPR...]] [--json] [--format text|html|markdown] [--out FILE [--overwrite]]";
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of("json", "overwrite");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var workbench = WorkbenchOption.file(args);
        Dataset data = workbench.isPresent() ? workbench.get().dataset().toDataset()
                : DataOptions.scriptDataOrRead(args, args.opt("data").orElse(null));
        // The workbench's Replication tab definitions, each one --define names replacing it.
        ReplicationSpec spec = workbench.isPresent() ? WorkbenchAnalyses.replicationSpec(workbench.get())
                : ReplicationSpec.DEFAULT;
        if (args.opt("define").isPresent()) {
            try {
                Map<String, String> merged = new LinkedHashMap<>(spec.definitions());
                merged.putAll(ReplicationSpec.parse(args.opt("define").get()).definitions());
                spec = new ReplicationSpec(merged);
            } catch (IllegalArgumentException e) {
                throw new UsageException("replicate: --define: " + e.getMessage());
            }
        }
        boolean json = args.flag("json");
        String format = args.choice("format", "text", "text", "html", "markdown");
        Path file = args.opt("out").isPresent() ? args.outputFile("out") : null;
        args.checkAllUsed();
        if (json && args.opt("format").isPresent()) {
            throw new UsageException("replicate: give either --json or --format, not both");
        }
        ReplicationReport report = new ReplicationAnalysis().run(spec, data, ProgressReporter.NONE);
        String text = json ? JsonWriter.write(report.toJson()) + "\n"
                : switch (format) {
                    case "html" -> report.toHtml();
                    case "markdown" -> report.toMarkdown();
                    default -> TextTableWriter.write(report);
                };
        if (file == null) {
            out.print(text);
        } else {
            org.tradeworkbench.core.workbench.AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            out.println(report.summary());
            out.println("written to " + file);
        }
        return 0;
    }

    /** The bundled sample, or the files given. */
}
