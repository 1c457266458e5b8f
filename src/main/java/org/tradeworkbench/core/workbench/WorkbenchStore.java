package org.tradeworkbench.core.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * Saves and opens workbench files. Saving is atomic ({@link AtomicFiles}): a failed save reports why and leaves
 * the previous file as it was. Opening refuses files of a newer format version with a message saying so.
 */
public final class WorkbenchStore {
    private WorkbenchStore() {
    }

    public static void save(WorkbenchFile wb, Path file) {
        AtomicFiles.write(file, WorkbenchJson.write(wb).getBytes(StandardCharsets.UTF_8));
    }

    public static WorkbenchFile open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new DataException(SourceLocation.file(name), "is a folder, not a workbench file");
        }
        if (!Files.exists(file)) {
            throw new DataException(SourceLocation.file(name), "no such workbench file");
        }
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DataException(SourceLocation.file(name), "is not a workbench file (not UTF-8 text)");
        } catch (IOException e) {
            throw new DataException(SourceLocation.file(name), "cannot be read (" + e.getMessage() + ")", e);
        }
        return WorkbenchJson.read(json, name);
    }

    /** {@code file} with the workbench extension added when it has none. */
    public static Path withExtension(Path file) {
        String n = file.getFileName().toString();
        return n.contains(".") ? file : file.resolveSibling(n + WorkbenchFile.EXTENSION);
    }
}
