package org.tradeworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tradeworkbench.core.report.JsonWriter;
import org.tradeworkbench.core.report.Report;
import org.tradeworkbench.core.report.TextTableWriter;

/** What the cointegration commands share: the {@code --vars} list, spec errors as usage errors, the output. */
final class CointegrationOptions {
    private CointegrationOptions() {
    }

    /** {@code --vars a,b,c}: series expressions separated by commas outside parentheses. */
    static List<String> vars(Args args, String command) {
        String text = args.required("vars");
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        if (out.size() < 2) {
            throw new UsageException(command + ": --vars needs at least two variables, e.g. --vars y,x");
        }
        return out;
    }

    /** Builds a spec, reporting a rejected choice as a usage error of {@code command}. */
    static <S> S spec(String command, Supplier<S> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    static void print(Report r, boolean json, java.io.PrintStream out) {
        if (json) {
            out.println(JsonWriter.write(r.toJson()));
        } else {
            out.print(TextTableWriter.write(r));
        }
    }
}
