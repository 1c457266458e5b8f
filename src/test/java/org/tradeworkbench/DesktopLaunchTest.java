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
}
