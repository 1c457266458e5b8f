package org.tradeworkbench.core.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tradeworkbench.core.data.Dataset;

/**
 * Imports one file and prints what it took, for a child JVM with a chosen {@code -Xmx}:
 * {@code ImportMeasure FILE [SERIES-BY]} ({@code SERIES-BY}: the long table's key columns separated
 * by {@code ;}, or {@code total}; the value is summed over the others). Prints one line {@code rows=.. series=.. seconds=.. peakHeapMB=..
 * maxHeapMB=..}; peak heap is the sum of the heap pools' peaks (an upper bound of the heap ever in use). A failure
 * prints {@code failed=<message>} and exits with status 2.
 */
final class ImportMeasure {
    private ImportMeasure() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        ImportOptions options = ImportOptions.defaults();
        if (args.length > 1) {
            options = options.withSeriesBy(args[1].equals("total") ? List.of() : List.of(args[1].split(";")));
        }
        long t0 = System.nanoTime();
        Dataset d;
        try {
            d = DataImporter.read(file, options);
        } catch (RuntimeException | OutOfMemoryError e) {
            System.out.println("failed=" + e + " seconds=" + seconds(t0) + " peakHeapMB=" + peakHeapMb()
                    + " maxHeapMB=" + (Runtime.getRuntime().maxMemory() >> 20));
            System.exit(2);
            return;
        }
        String secs = seconds(t0);
        double check = 0;
        for (double v : d.series().get(0).values()) {
            check += Double.isNaN(v) ? 0 : v;
        }
        System.out.println("rows=" + d.rowCount() + " series=" + d.series().size() + " firstSum="
                + String.format(Locale.ROOT, "%.6f", check) + " seconds=" + secs
                + " peakHeapMB=" + peakHeapMb() + " maxHeapMB=" + (Runtime.getRuntime().maxMemory() >> 20));
    }

    private static String seconds(long t0) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
