package org.tradeworkbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The class-data archive of the desktop app and its stamp: which jar and which JVM it was built for.
 *
 * <p>{@code mvn package} runs {@link #main} after the jar is built. The JVM itself rejects an archive built for
 * another jar or JVM, but only after mapping it, and then starts without any archive at all, slower than with
 * none given; so {@link DesktopLaunch} uses the archive only when the stamp matches.
 */
public final class ClassDataArchive {
    static final String STAMP_SUFFIX = ".stamp";

    private ClassDataArchive() {
    }

    /** {@code ClassDataArchive JAR CLASSLIST ARCHIVE LOG}: dumps the archive with the running JVM, then stamps it. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: ClassDataArchive JAR CLASSLIST ARCHIVE LOG");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(stampOf(archive));
        Files.deleteIfExists(archive);
        Process dump = new ProcessBuilder(javaExecutable(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + Path.of(args[1]).toAbsolutePath(), "-XX:SharedArchiveFile=" + archive,
                "-cp", jar.toString())
                .redirectErrorStream(true).redirectOutput(Path.of(args[3]).toFile()).start();
        int exit = dump.waitFor();
        if (exit != 0 || !Files.isRegularFile(archive)) {
            // Not a build failure: the archive only makes the start faster, and the app starts without it.
            System.err.println("warning: the class-data archive was not written (exit " + exit + "); see "
                    + args[3] + ". The desktop app will start without it, about a second slower.");
            return;
        }
        writeStamp(archive, jar);
        System.out.println("Class-data archive " + archive + " (" + Files.size(archive) / (1 << 20) + " MB)");
    }

    static void writeStamp(Path archive, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(stampOf(archive))) {
            expected(jar.toAbsolutePath()).store(out, "What " + archive.getFileName() + " was built for");
        }
    }

    static Path stampOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + STAMP_SUFFIX);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** True when the archive's stamp names this jar, as it is now, and the running JVM. */
    static boolean fits(Path archive, Path jar) {
        Path stamp = stampOf(archive);
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(stamp)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(stamp)) {
            Properties recorded = new Properties();
            recorded.load(in);
            return recorded.equals(expected(jar.toAbsolutePath()));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Properties expected(Path jar) throws IOException {
        Properties p = new Properties();
        p.setProperty("jar", jar.toString());
        p.setProperty("jar.size", Long.toString(Files.size(jar)));
        p.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
        for (String key : List.of("java.home", "java.vm.version", "java.vm.name")) {
            p.setProperty(key, Optional.ofNullable(System.getProperty(key)).orElse(""));
        }
        return p;
    }
}
