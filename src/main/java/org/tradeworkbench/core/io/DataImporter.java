package org.tradeworkbench.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.SourceLocation;
import org.tradeworkbench.core.io.atp.AtpPreview;
import org.tradeworkbench.core.io.atp.CensusAtpImporter;
import org.tradeworkbench.core.task.ProgressReporter;

/**
 * Reads a data file into a {@link Dataset}: plain delimited tables with dialect detection (see
 * {@link CsvDialect}, {@link ImportOptions}), and the provider formats it recognises from the file's head:
 * World Bank WDI bulk CSV ({@link WdiImporter}), the U.S. Census country trade table
 * ({@link CensusCountryImporter}) and long tables (period, variable, value); Excel workbooks (.xlsx, .xls) go
 * through the same readers, one sheet at a time ({@link ExcelImporter}). Every problem with the file is a
 * {@link DataException} naming the file and, where it applies, the line and column.
 */
public final class DataImporter {
    private DataImporter() {
    }

    /** Reads the file, detecting its format and dialect. */
    public static Dataset read(Path file) {
        return read(file, ImportOptions.defaults());
    }

    /**
     * Reads the file; whatever the options set is not detected. WDI files without chosen countries give China,
     * the United States and the World (those present) with a note; Census tables without chosen partners give
     * China (5700) and the World (0015), annual unless {@link ImportOptions#monthly()}.
     */
    public static Dataset read(Path file, ImportOptions options) {
        return read(file, options, ProgressReporter.NONE);
    }

    /**
     * As {@link #read(Path, ImportOptions)}, reporting progress (bytes read over the file's size; for a workbook
     * the sheet's XML or rows, then the text made of it; unknown for the Census ATP table) and stopping with a
     * {@link java.util.concurrent.CancellationException} between chunks of the file once {@code progress} is
     * cancelled. Delimited files are read in one streaming
     * pass: the memory used grows with the series read, not with the file.
     */
    public static Dataset read(Path file, ImportOptions options, ProgressReporter progress) {
        ProgressReporter reporter = progress == null ? ProgressReporter.NONE : progress;
        if (ExcelFiles.isWorkbook(file)) {
            return ExcelImporter.read(file, options, reporter);
        }
        try {
            if (options.format() == ImportOptions.Format.AUTO && CensusAtpImporter.detect(file)) {
                reporter.progress(-1);
                return finished(CensusAtpImporter.read(file, options.monthly(), options.partners()), reporter, file);
            }
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(fileName(file)), "cannot read the file: " + oneLine(e.getMessage()), e);
        }
        return withSample(file, options, (sample, dialect) -> {
            sample.progress = new ReadProgress(reporter, sample.fileSize, sample.fileName);
            Dataset d = readSample(sample, dialect, options);
            sample.progress.done();
            return d;
        });
    }

    private static Dataset finished(Dataset d, ProgressReporter reporter, Path file) {
        ReadProgress p = new ReadProgress(reporter, 1, fileName(file));
        p.done();
        return d;
    }

    private static Dataset readSample(FileSample sample, CsvDialect dialect, ImportOptions options)
            throws IOException {
        return switch (format(sample, dialect, options)) {
            case WDI -> WdiImporter.read(sample, dialect, options);
            case CENSUS -> {
                CensusCountryImporter.Result r = CensusCountryImporter.read(sample, dialect, options);
                yield options.monthly() ? r.monthly() : r.annual();
            }
            case LONG -> LongFormatImporter.read(sample, dialect, options);
            default -> new CsvTableReader(sample, dialect, options).read();
        };
    }

    /** What the import dialog shows before reading: the detected dialect and the first {@code rows} rows. */
    public static ImportPreview preview(Path file, ImportOptions options, int rows) {
        if (ExcelFiles.isWorkbook(file)) {
            return ExcelImporter.preview(file, options, rows);
        }
        ImportPreview raw = withSample(file, options, (sample, dialect) ->
                ImportPreview.of(sample, dialect, options, format(sample, dialect, options), rows));
        if (options.format() == ImportOptions.Format.AUTO && isCensusAtp(file)) {
            return AtpPreview.of(raw, read(file, options), rows);
        }
        return raw;
    }

    /** The sheets of a workbook, or an empty list for a text file. */
    public static List<String> sheets(Path file) {
        return ExcelFiles.isWorkbook(file) ? ExcelImporter.sheets(file) : List.of();
    }

    private static boolean isCensusAtp(Path file) {
        try {
            return CensusAtpImporter.detect(file);
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(fileName(file)), "cannot read the file: " + oneLine(e.getMessage()), e);
        }
    }

    /** The format the file will be read as under these options. */
    static ImportOptions.Format format(FileSample sample, CsvDialect dialect, ImportOptions options) {
        if (options.format() != ImportOptions.Format.AUTO) {
            return options.format();
        }
        List<SampleRecord> head = DialectDetector.records(sample, dialect, 10);
        if (WdiImporter.looksLikeWdi(head)) {
            return ImportOptions.Format.WDI;
        }
        if (CensusCountryImporter.looksLikeCensus(head)) {
            return ImportOptions.Format.CENSUS;
        }
        if (!head.isEmpty() && dialect.header() && LongFormatImporter.columns(head.get(0).fields()).isPresent()) {
            return ImportOptions.Format.LONG;
        }
        return ImportOptions.Format.CSV;
    }

    interface SampleReader<T> {
        T read(FileSample sample, CsvDialect dialect) throws IOException;
    }

    /** Runs a reader on the file's sample and detected dialect, turning I/O and memory failures into
     * {@link DataException}s that name the file. */
    static <T> T withSample(Path file, ImportOptions options, SampleReader<T> reader) {
        String name = fileName(file);
        try {
            FileSample sample = FileSample.read(file);
            return reader.read(sample, DialectDetector.detect(sample, options));
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(name), "cannot read the file: " + oneLine(e.getMessage()), e);
        } catch (OutOfMemoryError e) {
            throw new DataException(SourceLocation.file(name), "the file does not fit into the memory Java may use ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB): start the program with a larger -Xmx", null);
        }
    }

    static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** A reader's message on one line (some CSV parsers quote the lost text, line breaks included). */
    private static String oneLine(String s) {
        return s == null ? "read error" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
