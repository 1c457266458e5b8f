package org.tradeworkbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * App state is passed in, not reached through globals: no main class declares a static field that is not final.
 * The scan reads the compiled main classes (without initialising them) and lists every such field.
 */
class NoStaticMutableStateTest {
    @Test
    void noStaticNonFinalField() throws Exception {
        Set<String> found = staticNonFinalFields();
        assertThat(found).as("static non-final fields in main classes (pass state in instead)").isEmpty();
    }

    @Test
    void theScanFindsAStaticNonFinalField() throws Exception {
        // The scan itself must see such a field: run it on this test's own holder class.
        assertThat(fieldsOf(Holder.class)).containsExactly(Holder.class.getName() + ".counter");
    }

    static final class Holder {
        static int counter;
        static final int LIMIT = 1;
        int instanceField;
    }

    static Set<String> staticNonFinalFields() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        assertThat(root).as("compiled main classes").isDirectory();
        Set<String> out = new TreeSet<>();
        List<Path> classes = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(classes::add);
        }
        assertThat(classes).as("class files under " + root).isNotEmpty();
        ClassLoader loader = NoStaticMutableStateTest.class.getClassLoader();
        for (Path p : classes) {
            String name = root.relativize(p).toString().replace(java.io.File.separatorChar, '.')
                    .replaceAll("\\.class$", "");
            if (name.endsWith("package-info") || name.equals("module-info")) {
                continue;
            }
            out.addAll(fieldsOf(Class.forName(name, false, loader)));
        }
        return out;
    }

    private static List<String> fieldsOf(Class<?> c) {
        List<String> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && !Modifier.isFinal(m) && !f.isSynthetic()) {
                out.add(c.getName() + "." + f.getName());
            }
        }
        return out;
    }
}
