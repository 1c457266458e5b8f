package org.tradeworkbench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Counts of one fuzz run (tried, accepted, clean errors, crashes, hangs) and the first few failures in full. */
final class FuzzTally {
    final String target;
    int tried;
    int accepted;
    int cleanErrors;
    int crashes;
    int hangs;
    int withColumn;
    final List<String> failures = new ArrayList<>();

    FuzzTally(String target) {
        this.target = target;
    }

    void failure(String what) {
        if (failures.size() < 10) {
            failures.add(what);
        }
    }

    String line() {
        return String.format("%s: %d inputs, %d accepted, %d clean errors (%d with a column), %d crashes, %d hangs",
                target, tried, accepted, cleanErrors, withColumn, crashes, hangs);
    }

    /** Prints the counts and appends them to {@code target/reliability/fuzz.txt} for the Reliability page. */
    void report() {
        System.out.println("[fuzz] " + line());
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("fuzz.txt"), line() + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[fuzz] could not write the counts: " + e);
        }
    }
}
