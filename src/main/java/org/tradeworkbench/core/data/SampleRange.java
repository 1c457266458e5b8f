package org.tradeworkbench.core.data;

/**
 * A user's sample: from/to periods, either open (null), and what the rows before its start are for
 * ({@link Presample}). It is applied by slicing the dataset BEFORE series expressions are evaluated, so with
 * {@link Presample#CUT} transformations start at the sample's first period: with the paper's 2004..2018 sample
 * the first difference of 2004 is missing even where the data reach further back. With {@link Presample#USE} the
 * slice carries the rows before the start ({@link Dataset#extended()}), which the time-series analyses use for
 * differences and lags, so their estimation sample starts at the sample's first period.
 */
public record SampleRange(Period from, Period to, Presample presample) {

    public static final SampleRange ALL = new SampleRange(null, null);

    public SampleRange {
        presample = presample == null ? Presample.CUT : presample;
    }

    /** A range whose data are cut to it ({@link Presample#CUT}). */
    public SampleRange(Period from, Period to) {
        this(from, to, Presample.CUT);
    }

    public SampleRange withPresample(Presample p) {
        return new SampleRange(from, to, p);
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** Parses {@code --from}/{@code --to} texts for the dataset's frequency ({@code null} or blank = open). */
    public static SampleRange parse(String fromText, String toText, TimeIndex index) {
        return new SampleRange(parseEnd("from", fromText, index), parseEnd("to", toText, index));
    }

    /** As {@link #parse(String, String, TimeIndex)} with the presample convention's text (null: cut). */
    public static SampleRange parse(String fromText, String toText, String presampleText, TimeIndex index) {
        return parse(fromText, toText, index).withPresample(Presample.parse(presampleText));
    }

    private static Period parseEnd(String which, String text, TimeIndex index) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (index.frequency() == Frequency.UNDATED) {
            try {
                return Period.undated(Long.parseLong(text.trim()));
            } catch (NumberFormatException e) {
                throw new DataException("sample " + which + " \"" + text + "\": the data are undated, give an observation number");
            }
        }
        Period p = Period.parse(text).orElseThrow(() -> new DataException("sample " + which + " \"" + text
                + "\" is not a period (examples: 2004, 2004Q1, 2004-01)"));
        if (p.frequency() != index.frequency()) {
            // An annual bound on monthly or quarterly data means the whole year.
            if (p.frequency() == Frequency.ANNUAL && index.frequency() != Frequency.UNDATED) {
                int per = index.frequency().periodsPerYear();
                long ord = (long) p.year() * per + (which.equals("from") ? 0 : per - 1);
                return new Period(index.frequency(), ord);
            }
            throw new DataException("sample " + which + " \"" + text + "\" is " + p.frequency().name().toLowerCase()
                    + " but the data are " + index.frequency().name().toLowerCase());
        }
        return p;
    }

    /** The rows of {@code data} within this range; a DataException when the range does not overlap the data. */
    public Dataset apply(Dataset data) {
        if (data.rowCount() == 0) {
            return data;
        }
        if (isAll()) {
            return presample == Presample.USE ? data.withPresample(data, 0) : data;
        }
        TimeIndex idx = data.index();
        long first = from == null ? 0 : Math.max(0, idx.start().until(from));
        long last = to == null ? idx.size() - 1L : Math.min(idx.size() - 1L, idx.start().until(to));
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new DataException("the sample starts (" + from + ") after it ends (" + to + ")");
        }
        if (first > idx.size() - 1 || last < 0 || first > last) {
            throw new DataException("the sample " + describe() + " lies outside the data (" + idx.start() + ".."
                    + idx.end() + ")");
        }
        Dataset cut = data.slice((int) first, (int) last);
        return presample == Presample.USE
                ? cut.withPresample(data.slice(0, (int) last), (int) first) : cut;
    }

    public String describe() {
        return (from == null ? "start" : from.toString()) + ".." + (to == null ? "end" : to.toString());
    }
}
