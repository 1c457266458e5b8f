package org.tradeworkbench.core.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * Where a command may write. A command typed by the user may write anywhere it is told to; a command replayed
 * from a script may write only inside the folder the replay was started in (or the one given with
 * {@code --out-dir}), since a script received from someone else should not reach the rest of the disk. Neither
 * replaces an existing file unless asked ({@code --overwrite}).
 *
 * @param folder    the folder outputs must stay in, or {@code null} for anywhere
 * @param overwrite whether existing files may be replaced
 */
public record OutputPolicy(Path folder, boolean overwrite) {

    public OutputPolicy {
        folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    public static OutputPolicy anywhere(boolean overwrite) {
        return new OutputPolicy(null, overwrite);
    }

    /** The output file {@code target} as an absolute path, or a message saying why it may not be written. */
    public Path file(Path target, String option) {
        Path abs = inside(target, option);
        if (Files.isDirectory(abs)) {
            throw refused(abs, "is a folder; " + option + " must name a file");
        }
        if (Files.exists(abs) && !overwrite) {
            throw refused(abs, "exists already; give --overwrite to replace it");
        }
        return abs;
    }

    /** The output folder {@code target}: new, empty, or replaced into only with {@code --overwrite}. */
    public Path folderFor(Path target, String option) {
        Path abs = inside(target, option);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw refused(abs, "is a file; " + option + " must name a folder");
        }
        if (Files.isDirectory(abs) && !overwrite) {
            try (Stream<Path> s = Files.list(abs)) {
                if (s.findAny().isPresent()) {
                    throw refused(abs, "is not empty; give --overwrite to write into it (files of the same name"
                            + " are replaced)");
                }
            } catch (IOException e) {
                throw refused(abs, "cannot be listed (" + e.getMessage() + ")");
            }
        }
        return abs;
    }

    private Path inside(Path target, String option) {
        Path abs = (folder != null && !target.isAbsolute() ? folder.resolve(target) : target.toAbsolutePath())
                .normalize();
        if (folder != null && !abs.startsWith(folder)) {
            throw refused(abs, "is outside the folder the script may write to (" + folder
                    + "); run the script with --allow-outside or --out-dir to allow it");
        }
        return abs;
    }

    private static DataException refused(Path p, String why) {
        return new DataException(SourceLocation.file(p.toString()), "not written: " + why);
    }
}
