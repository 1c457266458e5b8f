package org.tradeworkbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts JavaFX's native libraries, which the jar carries, beside the jar; {@code mvn package} runs {@link #main}.
 *
 * <p>Why: JavaFX first looks for its libraries in the directory of the jar that holds its classes. Finding none
 * there, it copies each one out of the jar into a cache in the user's home at every start, after checksumming
 * both the cached copy and the jar's entry, on the thread that starts the toolkit, before the window can open.
 * Beside the jar they are loaded as they are. A jar copied elsewhere without them still works the slower way.
 */
public final class JavaFxNatives {
    private JavaFxNatives() {
    }

    /** {@code JavaFxNatives JAR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JavaFxNatives JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        try {
            List<Path> written = extractBeside(jar);
            System.out.println("JavaFX native libraries beside " + jar.getFileName() + ": " + written.size());
        } catch (IOException e) {
            // Not a build failure: JavaFX finds the libraries in the jar, only a little later. But libraries left
            // from an earlier build (another JavaFX version) must not be picked up with this jar's classes.
            removeBeside(jar);
            System.err.println("warning: JavaFX's native libraries were not put beside " + jar + ": "
                    + e.getMessage());
        }
    }

    /** Deletes the libraries beside the jar that have the names of the jar's own (best effort). */
    static void removeBeside(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : nativeLibraries(zip)) {
                Files.deleteIfExists(jar.resolveSibling(e.getName()));
            }
        } catch (IOException e) {
            System.err.println("warning: could not check for older JavaFX libraries beside " + jar + ": "
                    + e.getMessage());
        }
    }

    /** Writes every native library at the jar's top level into the jar's directory; returns the files. */
    static List<Path> extractBeside(Path jar) throws IOException {
        Path dir = jar.getParent();
        List<Path> written = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : nativeLibraries(zip)) {
                Path target = dir.resolve(e.getName());
                // Through a temporary file, so a running app never maps a half-written library.
                Path part = Files.createTempFile(dir, e.getName(), ".part");
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
                written.add(target);
            }
        }
        return written;
    }

    private static List<ZipEntry> nativeLibraries(ZipFile zip) {
        return zip.stream().filter(e -> isNativeLibrary(e.getName())).map(e -> (ZipEntry) e).toList();
    }

    static boolean isNativeLibrary(String entry) {
        String name = entry.toLowerCase(Locale.ROOT);
        return !entry.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib")
                || name.endsWith(".jnilib"));
    }
}
