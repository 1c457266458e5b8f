package org.tradeworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {
    @TempDir
    Path dir;

    @Test
    void librariesAtTheJarsTopLevelAreWrittenBesideIt() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "libglass.so", "glass");
            put(zip, "prism_sw.dll", "sw");
            put(zip, "org/x/libinner.so", "not at the top");
            put(zip, "org/x/A.class", "class");
        }
        Files.writeString(dir.resolve("libglass.so"), "an older build");

        assertThat(JavaFxNatives.extractBeside(jar)).containsExactlyInAnyOrder(dir.resolve("libglass.so"),
                dir.resolve("prism_sw.dll"));
        assertThat(Files.readString(dir.resolve("libglass.so"))).isEqualTo("glass");
        assertThat(Files.readString(dir.resolve("prism_sw.dll"))).isEqualTo("sw");
        assertThat(dir.resolve("libinner.so")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void librariesOfAnEarlierBuildAreRemovedWhenTheyCannotBeReplaced() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "libglass.so", "glass");
        }
        Files.writeString(dir.resolve("libglass.so"), "an older build");
        Files.writeString(dir.resolve("libother.so"), "not the jar's");

        JavaFxNatives.removeBeside(jar);
        assertThat(dir.resolve("libglass.so")).doesNotExist();
        assertThat(dir.resolve("libother.so")).exists();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
