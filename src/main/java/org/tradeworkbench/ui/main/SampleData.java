package org.tradeworkbench.ui.main;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.io.ImportOptions;
import org.tradeworkbench.ui.importing.ImportBackend;
import org.tradeworkbench.core.task.BackgroundWork;

/** The sample data bundled in the jar, which the app opens at start. */
public final class SampleData {
    public static final String RESOURCE = "/sample-data/china_us_annual.csv";
    public static final String NAME = "china_us_annual";

    private SampleData() {
    }

    /** Work that reads the bundled sample; fails with a readable message when it is absent. */
    public static BackgroundWork<Dataset> reader(ImportBackend backend) {
        return progress -> {
            progress.message("china_us_annual.csv");
            try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new DataException("The bundled sample data (" + RESOURCE.substring(1)
                            + ") are not part of this build. Open a data file with File \u25b8 Open or drop it on"
                            + " the window.");
                }
                Path dir = Files.createTempDirectory("tw-sample");
                Path file = dir.resolve(NAME + ".csv");
                try {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    return backend.read(file, ImportOptions.defaults()).withName(NAME);
                } finally {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(dir);
                }
            }
        };
    }
}
