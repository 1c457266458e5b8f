package org.tradeworkbench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the desktop app in a JVM that maps the class-data archive built next to the jar
 * ({@code trade-workbench.jsa}, written by {@code mvn package}, see {@link ClassDataArchive}).
 *
 * <p>Why: about 5,000 classes (JavaFX, ControlsFX, the app) are loaded and verified before the first frame; read
 * from the jar they cost more than a second of CPU on a 2-core machine, mapped from the archive almost nothing.
 * A JVM option cannot be given in a jar's manifest, so {@code java -jar trade-workbench.jar} starts a second JVM
 * with the archive and waits for it. The first JVM loads no JavaFX class and does nothing else.
 *
 * <p>C2 (the optimising compiler) is also asked to wait ten times longer before it compiles a method: during
 * start-up it otherwise spends seconds of CPU on code that runs only once, and on two cores that CPU comes
 * straight out of the window's start. Long computations still reach C2 after a few milliseconds.
 */
final class DesktopLaunch {
    /** Set on the second JVM, so it starts the app itself. */
    static final String CHILD_PROPERTY = "tw.launch.child";
    /** Start time of the first JVM (epoch ms), so start-up times count from when the user started the app. */
    static final String STARTED_PROPERTY = "tw.launch.started";
    /** {@code -Dtw.launch.archive=false} starts the app in this JVM without the archive. */
    static final String ARCHIVE_PROPERTY = "tw.launch.archive";
    static final String ARCHIVE_NAME = "trade-workbench.jsa";

    private static final List<String> COMPILER_OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

    private DesktopLaunch() {
    }

    /**
     * Runs the app in a JVM with the class-data archive, when there is an up-to-date one beside the jar.
     *
     * @return the app's exit code, or empty when the app should start in this JVM
     */
    static Optional<Integer> inArchivedJvm() {
        if (Boolean.getBoolean(CHILD_PROPERTY) || "false".equals(System.getProperty(ARCHIVE_PROPERTY))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<List<String>> jvmOptions = jvmOptionsBeforeJar();
        if (jar.isEmpty() || jvmOptions.isEmpty()) {
            return Optional.empty();
        }
        Path archive = jar.get().resolveSibling(ARCHIVE_NAME);
        if (!ClassDataArchive.fits(archive, jar.get())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ClassDataArchive.javaExecutable());
        command.add("-XX:SharedArchiveFile=" + archive);
        command.addAll(COMPILER_OPTIONS);
        command.addAll(startupOptions(jvmOptions.get(), Runtime.getRuntime().maxMemory(), Path.of("/dev")));
        // After ours, so an option the user gave wins.
        command.addAll(jvmOptions.get());
        command.add("-D" + CHILD_PROPERTY + "=true");
        ProcessHandle.current().info().startInstant()
                .ifPresent(t -> command.add("-D" + STARTED_PROPERTY + "=" + t.toEpochMilli()));
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Launcher.class.getName());
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            System.err.println("Could not start " + command.get(0) + " (" + e.getMessage()
                    + "); starting without the class-data archive.");
            return Optional.empty();
        }
        // Ending this JVM (Ctrl+C, kill) ends the app too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
        }));
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
            }
        }
    }

    /**
     * Options that shorten the start and change nothing else the user sees; each only when the user set nothing
     * of the kind.
     *
     * <ul>
     * <li>{@code -Dprism.order=sw} on Linux without a graphics device ({@code /dev/dri}, {@code /dev/nvidia*}):
     * JavaFX tries OpenGL first, and without a device that try ends in Mesa's software renderer, which JavaFX turns
     * down after loading and probing it (about 0.1 s), then draws with its own software pipeline anyway.
     * <li>a young generation of at least 128 MB, when the heap may grow to 1 GB or more: the start allocates about
     * 130 MB, which the default young generation (about 20 MB at first) collects five or six times on the way to
     * the first frame.
     * </ul>
     *
     * @param maxHeap this JVM's maximum heap, which the app's JVM gets too (same machine, same options)
     * @param dev     the device directory ({@code /dev})
     */
    static List<String> startupOptions(List<String> userOptions, long maxHeap, Path dev) {
        List<String> options = new ArrayList<>();
        if (isLinux() && userOptions.stream().noneMatch(o -> o.startsWith("-Dprism.order="))
                && !hasGraphicsDevice(dev)) {
            options.add("-Dprism.order=sw");
        }
        boolean sized = userOptions.stream().anyMatch(o -> o.startsWith("-Xmn") || o.startsWith("-Xms")
                || o.startsWith("-XX:NewSize=") || o.startsWith("-XX:MaxNewSize=") || o.startsWith("-XX:NewRatio="));
        if (!sized && maxHeap >= 1L << 30) {
            options.add("-Xms256m");
            options.add("-XX:NewSize=128m");
        }
        return options;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
    }

    /** A GPU the OpenGL pipeline could use: a DRM node or NVIDIA's own device file. */
    static boolean hasGraphicsDevice(Path dev) {
        try (var dri = Files.list(dev.resolve("dri"))) {
            if (dri.findAny().isPresent()) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // No /dev/dri: look for NVIDIA's device below.
        }
        try (var entries = Files.list(dev)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("nvidia"));
        } catch (IOException | RuntimeException e) {
            // Cannot tell: leave JavaFX's own choice alone.
            return true;
        }
    }

    private static Optional<Path> ownJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The options the user gave this JVM ({@code java -Dx=y -jar app.jar}), passed on to the app's JVM. Only a
     * start with {@code -jar} is relaunched; any other start (a packaged launcher, an IDE) runs in place.
     */
    static Optional<List<String>> jvmOptionsBeforeJar() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        return jvmOptionsBeforeJar(List.of(arguments.get()));
    }

    static Optional<List<String>> jvmOptionsBeforeJar(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        if (jar < 0) {
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(arguments.subList(0, jar)));
    }
}
