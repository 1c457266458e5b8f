package org.tradeworkbench.core.script;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Presample;
import org.tradeworkbench.core.data.SampleRange;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.expr.Expressions;

/**
 * The state a script carries from line to line, as the desktop app's session does: the data (set by
 * {@code open}, changed by {@code append}, {@code genr}, {@code set}, {@code rename}, {@code delete}), the sample
 * ({@code smpl}), and undo/redo of the data commands. An analysis command without {@code --data} or
 * {@code --workbench} uses the data cut to the sample, with generated series recomputed on the cut exactly as
 * the app's panels do. Each run of a script has its own session. It lives in core so the CLI's {@code run-script}
 * and the desktop console carry the same state the same way.
 */
public final class ScriptSession {
    private record Change(Dataset before, Dataset after) {
    }

    private Dataset data;
    private Period from;
    private Period to;
    private Presample presample = Presample.CUT;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private org.tradeworkbench.core.workbench.OutputPolicy outputs =
            new org.tradeworkbench.core.workbench.OutputPolicy(java.nio.file.Path.of(""), false);

    /** Where the script's commands may write: the replay's folder by default (see {@code run-script}). */
    public org.tradeworkbench.core.workbench.OutputPolicy outputs() {
        return outputs;
    }

    public void setOutputs(org.tradeworkbench.core.workbench.OutputPolicy policy) {
        this.outputs = java.util.Objects.requireNonNull(policy);
    }

    public boolean hasData() {
        return data != null;
    }

    /** The whole data; a DataException when no {@code open} came before. */
    public Dataset data() {
        if (data == null) {
            throw new DataException("no data yet: start the script with open FILE (or open --sample)");
        }
        return data;
    }

    /** The data or, before any {@code open}, an empty dataset (which {@code append} fills). */
    public Dataset dataOrEmpty() {
        return data == null ? Dataset.empty("untitled") : data;
    }

    /**
     * Takes data and a sample from outside as the session's own: the desktop console runs each line on the
     * workbench's data and sample as they stand. Not a data command, so undo and redo start empty again. An empty
     * dataset (no series, no rows) counts as no data yet; an end of the sample the data lack is dropped.
     */
    public void follow(Dataset d, SampleRange sample) {
        undo.clear();
        redo.clear();
        from = sample.from();
        to = sample.to();
        if (d.seriesNames().isEmpty() && d.rowCount() == 0) {
            data = null;
            from = null;
            to = null;
        } else {
            set(d);
        }
    }

    /** Replaces the data as one undoable command. */
    public void change(Dataset after) {
        Dataset before = dataOrEmpty();
        undo.push(new Change(before, after));
        redo.clear();
        set(after);
    }

    /** Reverts the last {@code n} data commands. */
    public void undo(int n) {
        move(n, undo, redo, true);
    }

    public void redo(int n) {
        move(n, redo, undo, false);
    }

    private void move(int n, Deque<Change> from, Deque<Change> to, boolean back) {
        if (n < 1) {
            throw new DataException((back ? "undo" : "redo") + ": the number of commands must be at least 1");
        }
        if (from.size() < n) {
            throw new DataException((back ? "undo" : "redo") + " " + n + ": only " + from.size()
                    + " data command" + (from.size() == 1 ? "" : "s") + " to " + (back ? "undo" : "redo"));
        }
        for (int i = 0; i < n; i++) {
            Change c = from.pop();
            to.push(c);
            set(back ? c.before() : c.after());
        }
    }

    /** As the app does: an end of the sample that the new data lack falls back to the data's own end. */
    private void set(Dataset d) {
        data = d;
        TimeIndex idx = d.index();
        if (from != null && idx.rowOf(from).isEmpty()) {
            from = null;
        }
        if (to != null && idx.rowOf(to).isEmpty()) {
            to = null;
        }
    }

    /** Sets the sample; both ends must be periods of the data (null = open end). */
    public void setSample(String fromText, String toText) {
        TimeIndex idx = data().index();
        SampleRange r = SampleRange.parse(fromText, toText, idx);
        check(idx, r.from(), "start");
        check(idx, r.to(), "end");
        if (r.from() != null && r.to() != null && r.from().compareTo(r.to()) > 0) {
            throw new DataException("the sample starts (" + r.from() + ") after it ends (" + r.to() + ")");
        }
        from = r.from();
        to = r.to();
    }

    private static void check(TimeIndex idx, Period p, String which) {
        if (p != null && idx.rowOf(p).isEmpty()) {
            throw new DataException("the sample " + which + " " + p + " is outside the data ("
                    + (idx.size() == 0 ? "no rows" : idx.start() + " to " + idx.end()) + ")");
        }
    }

    public SampleRange sample() {
        return new SampleRange(from, to, presample);
    }

    /** What the rows before the sample's start are for ({@code smpl --presample cut|use}). */
    public void setPresample(Presample p) {
        presample = java.util.Objects.requireNonNull(p);
    }

    /**
     * The data cut to the sample ({@code --from}/{@code --to} of the command, when given, in place of the
     * script's), with generated series recomputed on the cut.
     */
    public Dataset sampled(Optional<String> fromText, Optional<String> toText) {
        return sampled(fromText, toText, Optional.empty());
    }

    /** As {@link #sampled(Optional, Optional)}, with the command's presample convention in place of the script's. */
    public Dataset sampled(Optional<String> fromText, Optional<String> toText, Optional<Presample> presampleOption) {
        Dataset d = data();
        SampleRange r = fromText.isPresent() || toText.isPresent()
                ? SampleRange.parse(fromText.orElse(null), toText.orElse(null), d.index()) : sample();
        return Expressions.sampled(d, r.withPresample(presampleOption.orElse(presample)));
    }
}
