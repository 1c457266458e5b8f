package org.tradeworkbench.reliability;

import java.nio.file.Path;
import java.util.List;
import org.tradeworkbench.core.data.Dataset;
import org.tradeworkbench.core.data.Period;
import org.tradeworkbench.core.data.Series;
import org.tradeworkbench.core.data.TimeIndex;
import org.tradeworkbench.core.workbench.DatasetState;
import org.tradeworkbench.core.workbench.RecoveryFiles;
import org.tradeworkbench.core.workbench.WorkbenchFile;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/**
 * The child process of {@link SaveUnderKillTest}: saves generation after generation of a workbench, as the app
 * does on Save ({@code save FILE}) or as its autosaver does for crash recovery ({@code recover FOLDER}), and
 * prints each generation once it is saved, until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path where = Path.of(args[1]);
        RecoveryFiles.Session session = mode.equals("recover") ? new RecoveryFiles(where).start() : null;
        for (int g = 1; ; g++) {
            WorkbenchFile wb = generation(g);
            if (session != null) {
                session.save(wb);
            } else {
                WorkbenchStore.save(wb, where);
            }
            System.out.println("saved " + g);
            System.out.flush();
        }
    }

    /** Generation {@code g}: 20,000 monthly values, every one of them {@code g}, so a torn file shows. */
    static WorkbenchFile generation(int g) {
        int n = 20_000;
        double[] v = new double[n];
        java.util.Arrays.fill(v, g);
        Dataset d = new Dataset("generation " + g, new TimeIndex(Period.monthly(1900, 1), n),
                List.of(new Series("x", v, null, "generation " + g)));
        return WorkbenchFile.of(DatasetState.of(d));
    }

    /** The generation a saved file holds; fails when its values are not all the same generation. */
    static int generationOf(WorkbenchFile wb) {
        Dataset d = wb.dataset().toDataset();
        double[] v = d.get("x").values();
        for (double x : v) {
            if (x != v[0]) {
                throw new AssertionError("mixed generations in one file: " + v[0] + " and " + x);
            }
        }
        if (v.length != 20_000) {
            throw new AssertionError(v.length + " values instead of 20000");
        }
        return (int) v[0];
    }
}
