package org.tradeworkbench.cli;

import org.tradeworkbench.core.script.ScriptSession;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.tradeworkbench.core.commandlog.ImportOptionWords;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Frequency;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.paper.PaperData;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/**
 * The commands that give a script its data and change them, like gretl's {@code open}, {@code append},
 * {@code genr}, {@code smpl}, {@code rename}, {@code delete} (see {@link ScriptSession}); the desktop app logs
 * them in its Commands pane. Each works only as a line of a script replayed by {@code run-script}, and each data
 * command is one step of the script's {@code undo}/{@code redo}. Every command prints one line saying what it did.
 */
final class ScriptDataCommands {
    private ScriptDataCommands() {
    }

    static List<Command> all() {
        return List.of(new Open(false), new Open(true), new Genr(), new Smpl(), new Rename(), new Delete(),
                new SetValue(), new UndoRedo(true), new UndoRedo(false), new Unreplayable());
    }

    private static String describe(Dataset d) {
        return d.seriesNames().size() + " series, " + d.rowCount() + " rows"
                + (d.rowCount() == 0 ? "" : " " + d.index().start() + ".." + d.index().end());
    }

    /** {@code open} (replace the data) and {@code append} (merge them on period), with the import settings. */
    static final class Open implements Command {
        private final boolean append;

        Open(boolean append) {
            this.append = append;
        }

        @Override
        public String name() {
            return append ? "append" : "open";
        }

        @Override
        public String usage() {
            return append ? "append FILE [import options as for open]   (in a script) merge a file's data on period"
                    : "open FILE[,FILE...] [--format F] [--delimiter C] [--decimal C] [--header yes|no] "
                    + "[--time-column C] [--missing T,T] ... | open --sample | open --workbench FILE   (in a script)"
                    + " the data the next commands use";
        }

        @Override
        public Set<String> flags() {
            Set<String> f = new HashSet<>(ImportOptionWords.FLAGS);
            if (!append) {
                f.add("sample");
            }
            return f;
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            boolean sample = !append && args.flag("sample");
            var workbench = append ? java.util.Optional.<String>empty() : args.opt("workbench");
            ImportOptions options = ImportOptionWords.parse(args::opt, args::flag);
            List<String> files = args.positional();
            args.checkAllUsed(1);
            int sources = (sample ? 1 : 0) + (workbench.isPresent() ? 1 : 0) + (files.isEmpty() ? 0 : 1);
            if (sources != 1) {
                throw new UsageException(name() + ": give " + (append ? "one FILE" : "one of FILE, --sample or "
                        + "--workbench FILE"));
            }
            Dataset read;
            if (sample) {
                read = readSample();
            } else if (workbench.isPresent()) {
                WorkbenchFile wb = WorkbenchStore.open(Path.of(workbench.get()));
                read = wb.dataset().toDataset();
            } else {
                read = readFiles(files.get(0), options);
            }
            Dataset before = s.dataOrEmpty();
            boolean empty = before.rowCount() == 0 && before.seriesNames().isEmpty();
            // Generated series are recomputed on the merged data, as the desktop app does after an import.
            s.change(!append || empty ? read : Expressions.refresh(before.merge(read)));
            if (workbench.isPresent()) {
                WorkbenchFile wb = WorkbenchStore.open(Path.of(workbench.get()));
                s.setSample(wb.sampleFrom(), wb.sampleTo());
            }
            out.println(name() + ": " + describe(s.data()));
            if (options.seriesBy() != null && !sample && workbench.isEmpty()) {
                // --series-by sums a long table over its other columns: the notes say over what, as the app's does
                for (String n : read.notes()) {
                    out.println("  " + n);
                }
            }
            return 0;
        }

        private static Dataset readSample() {
            try {
                return PaperData.bundledSample();
            } catch (java.io.IOException e) {
                throw new DataException("the bundled sample data cannot be read: " + e.getMessage());
            }
        }

        private static Dataset readFiles(String list, ImportOptions options) {
            Dataset d = null;
            for (String f : list.split(",")) {
                Path p = Path.of(f.trim());
                if (!Files.isRegularFile(p)) {
                    throw new DataException(p + ": " + (Files.exists(p) ? "is not a data file" : "no such file"));
                }
                Dataset one = DataImporter.read(p, options);
                d = d == null ? one : d.merge(one);
            }
            return d;
        }
    }

    /** {@code genr NAME = EXPRESSION}: adds or redefines a generated series. */
    static final class Genr implements Command {
        @Override
        public String name() {
            return "genr";
        }

        @Override
        public String usage() {
            return "genr NAME = EXPRESSION   (in a script) add or redefine a generated series";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            List<String> words = args.positional();
            args.checkAllUsed(Integer.MAX_VALUE);
            if (words.size() < 3 || !words.get(1).equals("=")) {
                throw new UsageException("genr: write genr NAME = EXPRESSION, e.g. genr lny = log(-balance / 100)");
            }
            String name = words.get(0);
            String expression = String.join(" ", words.subList(2, words.size()));
            boolean existed = s.data().has(name);
            s.change(Expressions.define(s.data(), name, expression));
            out.println("genr: " + (existed ? "redefined " : "added ") + name + " = " + expression);
            return 0;
        }
    }

    /** {@code smpl --from P --to P} or {@code smpl --full}. */
    static final class Smpl implements Command {
        @Override
        public String name() {
            return "smpl";
        }

        @Override
        public String usage() {
            return "smpl [--from P] [--to P] | smpl --full   [--presample cut|use]   (in a script) the sample the next"
                    + " commands use; --presample use: values before its start serve as lags";
        }

        @Override
        public Set<String> flags() {
            return Set.of("full");
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            boolean full = args.flag("full");
            String from = args.opt("from").orElse(null);
            String to = args.opt("to").orElse(null);
            java.util.Optional<String> presample = args.opt("presample");
            args.checkAllUsed();
            boolean range = from != null || to != null;
            if (full && range || !full && !range && presample.isEmpty()) {
                throw new UsageException("smpl: give --from and/or --to, or --full for the whole data");
            }
            if (presample.isPresent()) {
                try {
                    s.setPresample(org.tradeworkbench.core.data.Presample.parse(presample.get()));
                } catch (org.tradeworkbench.core.data.DataException e) {
                    throw new UsageException("smpl: --presample takes cut or use, got \"" + presample.get() + "\"");
                }
            }
            if (full || range) {
                s.setSample(from, to);
            }
            out.println("smpl: " + s.sample().describe() + ", presample " + s.sample().presample().code());
            return 0;
        }
    }

    /** {@code rename OLD NEW}. */
    static final class Rename implements Command {
        @Override
        public String name() {
            return "rename";
        }

        @Override
        public String usage() {
            return "rename OLD NEW   (in a script) rename a series";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            List<String> words = args.positional();
            args.checkAllUsed(2);
            if (words.size() != 2) {
                throw new UsageException("rename: give the old and the new name");
            }
            s.change(s.data().renamed(words.get(0), words.get(1)));
            out.println("rename: " + words.get(0) + " is now " + words.get(1));
            return 0;
        }
    }

    /** {@code delete NAME...}: one data command however many series it deletes. */
    static final class Delete implements Command {
        @Override
        public String name() {
            return "delete";
        }

        @Override
        public String usage() {
            return "delete NAME [NAME...]   (in a script) delete series";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            List<String> names = args.positional();
            args.checkAllUsed(Integer.MAX_VALUE);
            if (names.isEmpty()) {
                throw new UsageException("delete: name the series to delete");
            }
            Dataset d = s.data();
            for (String n : names) {
                if (!d.has(n)) {
                    throw new DataException("delete: there is no series \"" + n + "\"");
                }
                d = d.without(n);
            }
            s.change(d);
            out.println("delete: " + String.join(", ", names));
            return 0;
        }
    }

    /** {@code set NAME PERIOD VALUE}: one value, as a cell edit in the data grid; generated series follow. */
    static final class SetValue implements Command {
        @Override
        public String name() {
            return "set";
        }

        @Override
        public String usage() {
            return "set NAME PERIOD VALUE   (in a script) change one value (NA for missing)";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            List<String> words = args.positional();
            args.checkAllUsed(3);
            if (words.size() != 3) {
                throw new UsageException("set: write set NAME PERIOD VALUE, e.g. set exports 2004 12.5");
            }
            Dataset d = s.data();
            String name = words.get(0);
            if (!d.has(name)) {
                throw new DataException("set: there is no series \"" + name + "\"");
            }
            if (d.get(name).isGenerated()) {
                throw new DataException("set: " + name + " is generated (= " + d.get(name).expression()
                        + "); change the data it is computed from");
            }
            int row = row(d.index(), words.get(1));
            String v = words.get(2);
            double value = v.equalsIgnoreCase("NA") ? Double.NaN : args.parseDouble("value", v);
            s.change(Expressions.refresh(d.withValue(name, row, value)));
            out.println("set: " + name + " " + d.index().label(row) + " = " + v);
            return 0;
        }

        private static int row(TimeIndex idx, String label) {
            Period p;
            if (idx.frequency() == Frequency.UNDATED) {
                try {
                    p = Period.undated(Long.parseLong(label.trim()));
                } catch (NumberFormatException e) {
                    throw new DataException("set: the data are undated, give an observation number, got \""
                            + label + "\"");
                }
            } else {
                p = Period.parse(label).orElseThrow(() -> new DataException("set: \"" + label
                        + "\" is not a period"));
            }
            OptionalInt r = idx.rowOf(p);
            if (r.isEmpty()) {
                throw new DataException("set: " + label + " is not a period of the data");
            }
            return r.getAsInt();
        }
    }

    /** {@code undo [N]} and {@code redo [N]}: the last N data commands. */
    static final class UndoRedo implements Command {
        private final boolean undo;

        UndoRedo(boolean undo) {
            this.undo = undo;
        }

        @Override
        public String name() {
            return undo ? "undo" : "redo";
        }

        @Override
        public String usage() {
            return name() + " [N]   (in a script) " + (undo ? "revert" : "re-apply") + " the last N data commands";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            ScriptSession s = args.requireSession();
            List<String> words = args.positional();
            args.checkAllUsed(1);
            int n = words.isEmpty() ? 1 : args.parseInt("N", words.get(0));
            if (undo) {
                s.undo(n);
            } else {
                s.redo(n);
            }
            out.println(name() + ": " + n + " data command" + (n == 1 ? "" : "s") + "; " + describe(s.data()));
            return 0;
        }
    }

    /** A step the desktop app took that no command repeats (e.g. pasted data): replay stops here, saying so. */
    static final class Unreplayable implements Command {
        @Override
        public String name() {
            return "unreplayable";
        }

        @Override
        public String usage() {
            return "unreplayable WHAT   (logged by the app) a step no command repeats; replay stops there";
        }

        @Override
        public Set<String> flags() {
            return Set.of();
        }

        @Override
        public int run(Args args, PrintStream out) {
            String what = String.join(" ", args.positional());
            args.checkAllUsed(Integer.MAX_VALUE);
            throw new DataException("this step cannot be replayed: " + what + "; save those data as a file and "
                    + "put an open or append line for it here");
        }
    }
}
