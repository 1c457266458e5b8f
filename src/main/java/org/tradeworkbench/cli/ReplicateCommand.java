package org.tradeworkbench.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.paper.Replication;
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
        return "replicate [--data FILE[,FILE...] | --workbench FILE] [--json] [--format text|html|markdown] [--out FILE [--overwrite]]";
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of("json", "overwrite");
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        var workbench = WorkbenchOption.dataset(args);
        Dataset data = workbench.isPresent() ? workbench.get() : DataOptions.scriptDataOrRead(args, args.opt("data").orElse(null));
        boolean json = args.flag("json");
        String format = args.choice("format", "text", "text", "html", "markdown");
        Path file = args.opt("out").isPresent() ? args.outputFile("out") : null;
        args.checkAllUsed();
        if (json && args.opt("format").isPresent()) {
            throw new UsageException("replicate: give either --json or --format, not both");
        }
        ReplicationReport report = Replication.run(data);
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
