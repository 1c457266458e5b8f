package org.tradeworkbench.core.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Crash recovery. Each running app holds a {@link Session}: a lock file it keeps locked while it runs and a
 * recovery workbench the autosaver writes beside it. A clean exit deletes both. A recovery file whose lock is not
 * held by a running app is left over from a crash and is offered on the next start ({@link #leftOver}).
 * Default folder: {@code ~/.trade-workbench/recovery}; the system property {@value #FOLDER_PROPERTY} names another
 * (the test suite uses its own, so that a left-over from a real session is never offered to a test, nor the
 * reverse).
 */
public final class RecoveryFiles {
    private static final String RECOVERY = ".tradewb";
    private static final String LOCK = ".lock";

    private final Path folder;

    public RecoveryFiles(Path folder) {
        this.folder = folder;
    }

    public static final String FOLDER_PROPERTY = "tw.recovery.dir";

    public static RecoveryFiles inUserHome() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new RecoveryFiles(Path.of(configured));
        }
        return new RecoveryFiles(Path.of(System.getProperty("user.home"), ".trade-workbench", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** A recovery file left by an app that is no longer running. */
    public record LeftOver(Path file, FileTime savedAt) {
    }

    /** Starts this app's session: creates its lock file and holds the lock until {@link Session#close}. */
    public Session start() throws IOException {
        Files.createDirectories(folder);
        sweepStaleLocks();
        String id = "session-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
        Path lockFile = folder.resolve(id + LOCK);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            ch.close();
            throw new IOException("cannot lock " + lockFile);
        }
        return new Session(folder.resolve(id + RECOVERY), lockFile, ch, lock);
    }

    /** Recovery files of apps that ended without a clean exit, newest first. */
    public List<LeftOver> leftOver() throws IOException {
        List<LeftOver> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + RECOVERY)) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                Path lockFile = folder.resolve(n.substring(0, n.length() - RECOVERY.length()) + LOCK);
                if (!heldByRunningApp(lockFile)) {
                    out.add(new LeftOver(f, Files.getLastModifiedTime(f)));
                }
            }
        }
        out.sort(Comparator.comparing(LeftOver::savedAt).reversed());
        return out;
    }

    /** The newest left-over recovery file, if any. */
    public Optional<LeftOver> newestLeftOver() throws IOException {
        List<LeftOver> all = leftOver();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Deletes a left-over recovery file and its lock file (after it was restored or declined). */
    public void discard(LeftOver l) throws IOException {
        String n = l.file().getFileName().toString();
        Files.deleteIfExists(l.file());
        Files.deleteIfExists(folder.resolve(n.substring(0, n.length() - RECOVERY.length()) + LOCK));
    }

    /** Lock files of ended apps that left no recovery file (nothing to offer) are removed. */
    private void sweepStaleLocks() throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*" + LOCK)) {
            for (Path lockFile : ds) {
                String n = lockFile.getFileName().toString();
                Path recovery = folder.resolve(n.substring(0, n.length() - LOCK.length()) + RECOVERY);
                if (!Files.exists(recovery) && !heldByRunningApp(lockFile)) {
                    Files.deleteIfExists(lockFile);
                }
            }
        }
    }

    private static boolean heldByRunningApp(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // Held by this very process.
            return true;
        }
    }

    /** The running app's recovery file and lock. */
    public static final class Session implements AutoCloseable {
        private final Path file;
        private final Path lockFile;
        private final FileChannel channel;
        private final FileLock lock;

        private Session(Path file, Path lockFile, FileChannel channel, FileLock lock) {
            this.file = file;
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
        }

        /** Where the autosaver writes. */
        public Path file() {
            return file;
        }

        /** Writes the recovery workbench atomically. */
        public void save(WorkbenchFile wb) {
            WorkbenchStore.save(wb, file);
        }

        /** Clean exit: the recovery file is deleted and the lock released. */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        }
    }
}
