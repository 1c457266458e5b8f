package org.tradeworkbench.core.io;

/** One record of the sample, decoded: its fields as texts and the line it starts on. */
record SampleRecord(int line, String[] fields, boolean[] quoted) {
    int size() {
        return fields.length;
    }
}
