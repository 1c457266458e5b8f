package org.tradeworkbench.ui.importing;

import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.DataImporter;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.core.io.ImportPreview;
import org.tradeworkbench.core.task.ProgressReporter;

/** The importer as the UI uses it (every method runs off the FX thread). */
public interface ImportBackend {
    ImportPreview preview(Path file, ImportOptions options, int rows) throws Exception;

    Dataset read(Path file, ImportOptions options) throws Exception;

    /**
     * As {@link #read(Path, ImportOptions)}, reporting how far it got and stopping with a
     * {@link java.util.concurrent.CancellationException} once {@code progress} is cancelled.
     */
    default Dataset read(Path file, ImportOptions options, ProgressReporter progress) throws Exception {
        return read(file, options);
    }

    /** The sheets of a workbook to pick from; empty for text files. */
    default List<String> sheets(Path file) throws Exception {
        return DataImporter.sheets(file);
    }

    /** The countries (WDI) or partners (Census) to pick from; empty for other formats. */
    List<ProviderChoice> choices(Path file, ImportPreview preview) throws Exception;

    /** The project's importer ({@link DataImporter}). */
    static ImportBackend standard() {
        return new ImportBackend() {
            @Override
            public ImportPreview preview(Path file, ImportOptions options, int rows) {
                return DataImporter.preview(file, options, rows);
            }

            @Override
            public Dataset read(Path file, ImportOptions options) {
                return DataImporter.read(file, options);
            }

            @Override
            public Dataset read(Path file, ImportOptions options, ProgressReporter progress) {
                return DataImporter.read(file, options, progress);
            }

            @Override
            public List<ProviderChoice> choices(Path file, ImportPreview preview) throws Exception {
                return switch (preview.format()) {
                    case WDI -> ProviderChoices.wdiCountries(file, preview.dialect());
                    case CENSUS -> ProviderChoices.censusPartners(file, preview.dialect());
                    default -> List.of();
                };
            }
        };
    }
}
