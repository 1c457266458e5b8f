package org.tradeworkbench.ui.importing;

import java.nio.file.Path;
import org.tradeworkbench.core.data.Dataset;

/** Reads one data file; in the app this is {@code DataImporter::read}. Runs off the FX thread. */
@FunctionalInterface
public interface DatasetReader {
    Dataset read(Path file) throws Exception;
}
