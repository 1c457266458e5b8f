package org.tradeworkbench.core.commandlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.expr.Expression;
import org.tradeworkbench.core.io.ImportOptions;

/**
 * The script commands that change a script's data, as the desktop app logs them (see {@code run-script}):
 * {@code open}, {@code append}, {@code genr}, {@code smpl}, {@code rename}, {@code delete}, {@code set},
 * {@code undo}, {@code redo}, and {@code unreplayable} for a change no command can repeat (pasted data).
 */
public final class DataCommands {
    private DataCommands() {
    }

    /** {@code open FILE [import options]}: the file's data replace the script's. */
    public static CommandLine open(Path file, ImportOptions options) {
        return ImportOptionWords.addTo(CommandLine.command("open").word(path(file)), options).build();
    }

    /** {@code append FILE [import options]}: the file's data are merged on period into the script's. */
    public static CommandLine append(Path file, ImportOptions options) {
        return ImportOptionWords.addTo(CommandLine.command("append").word(path(file)), options).build();
    }

    /** {@code open --sample}: the bundled annual sample data, as the desktop app opens them. */
    public static CommandLine openSample() {
        return CommandLine.command("open").flag("sample").build();
    }

    /**
     * {@code open --sample} and a {@code genr} line for each generated series of {@code opened}: how a script
     * gets the bundled sample as the desktop app opens it (with the paper's variables it supports defined).
     */
    public static List<CommandLine> openSample(Dataset opened) {
        List<CommandLine> out = new ArrayList<>();
        out.add(openSample());
        out.addAll(inDependencyOrder(opened.series().stream().filter(Series::isGenerated).toList()));
        return out;
    }

    /** A {@code genr} line for each of {@code defined}, in an order where each definition's inputs exist. */
    public static List<CommandLine> genr(List<Series> defined) {
        return inDependencyOrder(defined);
    }

    private static String path(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** {@code genr NAME = EXPRESSION}. */
    public static CommandLine genr(String name, String expression) {
        return CommandLine.command("genr").word(name).word("=").word(expression).build();
    }

    /** {@code smpl --from P --to P}, an open end left out; {@code smpl --full} for the whole data. */
    public static CommandLine smpl(Period from, Period to) {
        if (from == null && to == null) {
            return CommandLine.command("smpl").flag("full").build();
        }
        return CommandLine.command("smpl").opt("from", from).opt("to", to).build();
    }

    /** {@code smpl --presample cut|use}: what the rows before the sample's start are for. */
    public static CommandLine presample(org.tradeworkbench.core.data.Presample p) {
        return CommandLine.command("smpl").opt("presample", p.code()).build();
    }

    public static CommandLine rename(String oldName, String newName) {
        return CommandLine.command("rename").word(oldName).word(newName).build();
    }

    public static CommandLine delete(List<String> names) {
        CommandLine.Builder b = CommandLine.command("delete");
        names.forEach(b::word);
        return b.build();
    }

    /** {@code set NAME PERIOD VALUE}; {@code NA} for a missing value, otherwise the shortest exact decimal. */
    public static CommandLine set(String series, String period, double value) {
        return CommandLine.command("set").word(series).word(period).word(valueWord(value)).build();
    }

    public static String valueWord(double value) {
        return Double.isNaN(value) ? "NA" : Double.toString(value);
    }

    /** {@code undo N}: reverts the last N data commands (one desktop edit may have logged several). */
    public static CommandLine undo(int commands) {
        return CommandLine.command("undo").word(Integer.toString(commands)).build();
    }

    public static CommandLine redo(int commands) {
        return CommandLine.command("redo").word(Integer.toString(commands)).build();
    }

    /** A change the command line cannot repeat; replaying it stops the script with {@code what} as the reason. */
    public static CommandLine unreplayable(String what) {
        return CommandLine.command("unreplayable").word(what).build();
    }

    /**
     * The commands that turn {@code before} into {@code after}: {@code set} for each changed value of a data
     * series, {@code delete} for the series that went, {@code genr} for each generated series added or redefined
     * (in an order where each definition's inputs exist). A change no command expresses (new periods, a new or
     * renamed data series) gives one {@code unreplayable} line named by {@code editName}.
     */
    public static List<CommandLine> changes(String editName, Dataset before, Dataset after) {
        if (!before.index().equals(after.index())) {
            return List.of(unreplayable(editName + " (the periods changed)"));
        }
        List<CommandLine> sets = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Series s : before.series()) {
            Series now = after.find(s.name()).orElse(null);
            if (now == null) {
                gone.add(s.name());
            } else if (!s.isGenerated() && !now.isGenerated()) {
                for (int r = 0; r < s.size(); r++) {
                    if (Double.compare(s.get(r), now.get(r)) != 0) {
                        sets.add(set(s.name(), after.index().label(r), now.get(r)));
                    }
                }
            } else if (!s.isGenerated()) {
                return List.of(unreplayable(editName + " (data series " + s.name() + " became generated)"));
            }
        }
        List<Series> defined = new ArrayList<>();
        for (Series s : after.series()) {
            Series was = before.find(s.name()).orElse(null);
            if (!s.isGenerated() && was == null) {
                return List.of(unreplayable(editName + " (new data series " + s.name() + ")"));
            }
            if (s.isGenerated() && (was == null || !Objects.equals(was.expression(), s.expression()))) {
                defined.add(s);
            }
        }
        List<CommandLine> out = new ArrayList<>(sets);
        if (!gone.isEmpty()) {
            out.add(delete(gone));
        }
        out.addAll(inDependencyOrder(defined));
        return out;
    }

    private static List<CommandLine> inDependencyOrder(List<Series> defined) {
        Set<String> pending = new HashSet<>();
        defined.forEach(s -> pending.add(s.name()));
        List<CommandLine> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (Series s : defined) {
                if (!pending.contains(s.name())) {
                    continue;
                }
                Set<String> inputs = Expression.parse(s.expression()).variables();
                if (inputs.stream().noneMatch(pending::contains)) {
                    out.add(genr(s.name(), s.expression()));
                    pending.remove(s.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("generated series refer to each other in a cycle: " + pending);
            }
        }
        return out;
    }
}
