package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.io.atp.CensusAtpImporter;

/**
 * Reads a data file into a {@link Dataset}: plain delimited tables with dialect detection, and the provider
 * formats it recognises from the file's head. Every problem with the file is a {@link DataException} naming
 * the file and, where it applies, the line and column.
 */
public final class DataImporter {
    private DataImporter() {
    }

    /** Reads the file, detecting its format and dialect. */
    public static Dataset read(Path file) {
        return read(file, ImportOptions.defaults());
    }

    /** Reads the file; whatever the options set is not detected. */
    public static Dataset read(Path file, ImportOptions options) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (options.format() == ImportOptions.Format.AUTO && CensusAtpImporter.detect(file)) {
                return CensusAtpImporter.read(file, options.monthly(), options.partners());
            }
            FileSample sample = FileSample.read(file);
            CsvDialect dialect = DialectDetector.detect(sample, options);
            return new CsvTableReader(sample, dialect, options).read();
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(name), "cannot read the file: " + e.getMessage(), e);
        }
    }
}
