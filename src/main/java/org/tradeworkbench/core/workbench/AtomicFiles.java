package org.tradeworkbench.core.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.tradeworkbench.core.data.DataException;
import org.tradeworkbench.core.data.SourceLocation;

/**
 * Saves files so that nothing is lost: the content goes to a temporary file in the target's folder, is flushed
 * to disk, and only then moved over the target in one atomic step. A failure at any point (read-only folder,
 * full disk) leaves the previous file as it was and is reported as a {@link DataException} saying so.
 */
public final class AtomicFiles {

    /** Writes the whole content to the stream; may throw at any point. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, ContentWriter writer) {
        Path abs = target.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
        Path dir = abs.getParent();
        if (dir == null) {
            throw failed(name, "it has no folder", false, null);
        }
        if (Files.isDirectory(abs)) {
            throw failed(name, abs + " is a folder", false, null);
        }
        if (!Files.isDirectory(dir)) {
            throw failed(name, "the folder " + dir + " does not exist", false, null);
        }
        boolean existed = Files.exists(abs);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + name + ".", ".saving");
        } catch (IOException e) {
            throw failed(name, describe(e, dir), existed, e);
        }
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                writer.writeTo(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temporary file is hidden and named after the target; the report below is what matters.
            }
            if (e instanceof DataException d) {
                throw failed(name, d.getMessage(), existed, d);
            }
            throw failed(name, e instanceof IOException io ? describe(io, dir) : String.valueOf(e), existed, e);
        }
    }

    private static String describe(IOException e, Path dir) {
        if (e instanceof AccessDeniedException) {
            return "the folder " + dir + " is not writable";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + dir + " does not exist";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private static DataException failed(String name, String why, boolean existed, Throwable cause) {
        String keep = existed ? "; the previous file is unchanged" : "";
        return new DataException(SourceLocation.file(name), "could not save (" + why + ")" + keep, cause);
    }
}
