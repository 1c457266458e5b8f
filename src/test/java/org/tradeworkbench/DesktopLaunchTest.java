package org.tradeworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopLaunchTest {
    @TempDir
    Path dir;

    @Test
    void optionsGivenBeforeJarArePassedOn() {
        assertThat(DesktopLaunch.jvmOptionsBeforeJar(
                List.of("-Dtw.recovery.dir=/tmp/r", "-Xmx2g", "-jar", "target/trade-workbench.jar")))
                .contains(List.of("-Dtw.recovery.dir=/tmp/r", "-Xmx2g"));
        assertThat(DesktopLaunch.jvmOptionsBeforeJar(List.of("-jar", "app.jar"))).contains(List.of());
    }

    @Test
    void startsOtherThanWithJarAreNotRelaunched() {
        assertThat(DesktopLaunch.jvmOptionsBeforeJar(List.of("-cp", "app.jar", "org.tradeworkbench.Launcher")))
                .isEmpty();
    }

    @Test
    void archiveFitsOnlyTheJarItWasStampedFor() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar bytes");
        Path archive = Files.writeString(dir.resolve("app.jsa"), "archive bytes");
        assertThat(ClassDataArchive.fits(archive, jar)).as("no stamp yet").isFalse();

        ClassDataArchive.writeStamp(archive, jar);
        assertThat(ClassDataArchive.fits(archive, jar)).isTrue();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertThat(ClassDataArchive.fits(archive, jar)).as("jar rebuilt after the archive").isFalse();

        ClassDataArchive.writeStamp(archive, jar);
        Path copy = Files.copy(jar, dir.resolve("copy.jar"));
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(jar));
        assertThat(ClassDataArchive.fits(archive, copy)).as("the same jar elsewhere").isFalse();

        Files.delete(archive);
        assertThat(ClassDataArchive.fits(archive, jar)).as("archive gone").isFalse();
    }

    @Test
    void softwarePipelineOnlyWithoutAGraphicsDevice() throws IOException {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        List<String> none = DesktopLaunch.startupOptions(List.of(), 1L << 20, dev);
        boolean linux = System.getProperty("os.name").toLowerCase().startsWith("linux");
        assertThat(none.contains("-Dprism.order=sw")).isEqualTo(linux);
        assertThat(DesktopLaunch.startupOptions(List.of("-Dprism.order=es2"), 1L << 20, dev))
                .as("the user's own choice").doesNotContain("-Dprism.order=sw");

        Files.createDirectories(dev.resolve("dri")).resolve("renderD128").toFile().createNewFile();
        assertThat(DesktopLaunch.hasGraphicsDevice(dev)).isTrue();
        assertThat(DesktopLaunch.startupOptions(List.of(), 1L << 20, dev)).doesNotContain("-Dprism.order=sw");

        Path nvidia = Files.createDirectories(dir.resolve("dev2"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertThat(DesktopLaunch.hasGraphicsDevice(nvidia)).isTrue();
        assertThat(DesktopLaunch.hasGraphicsDevice(Files.createDirectories(dir.resolve("dev3")))).isFalse();
    }

    @Test
    void youngGenerationOnlyForLargeHeapsAndWhenTheUserSetNone() {
        Path dev = dir;
        assertThat(DesktopLaunch.startupOptions(List.of(), 4L << 30, dev)).contains("-XX:NewSize=128m", "-Xms256m");
        assertThat(DesktopLaunch.startupOptions(List.of(), 512L << 20, dev)).doesNotContain("-XX:NewSize=128m");
        assertThat(DesktopLaunch.startupOptions(List.of("-Xmn64m"), 4L << 30, dev))
                .doesNotContain("-XX:NewSize=128m");
        assertThat(DesktopLaunch.startupOptions(List.of("-Xms2g"), 4L << 30, dev)).doesNotContain("-Xms256m");
    }
}
