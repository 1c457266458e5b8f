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
 * The scan reads the compiled main classes (without initialising them) and lists every such field. A final field
 * can still hold shared state (a map filled at run time, a property): static final collections, maps, observable
 * values and atomics must hold one of the JDK's unmodifiable collections; only the classes declaring one are
 * initialised to look at the value.
 */
class NoStaticMutableStateTest {
    @Test
    void noStaticNonFinalField() throws Exception {
        Set<String> found = staticNonFinalFields();
        assertThat(found).as("static non-final fields in main classes (pass state in instead)").isEmpty();
    }

    @Test
    void noStaticFinalMutableContainer() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : mainClasses()) {
            found.addAll(mutableContainersOf(c));
        }
        assertThat(found).as("static final fields holding a modifiable collection, map, property or atomic")
                .isEmpty();
    }

    @Test
    void theContainerScanFindsAModifiableMapAndAcceptsAnUnmodifiableOne() throws Exception {
        assertThat(mutableContainersOf(Containers.class)).containsExactly(Containers.class.getName() + ".cache");
    }

    static final class Containers {
        static final java.util.Map<String, String> cache = new java.util.HashMap<>();
        static final java.util.List<String> NAMES = java.util.List.of("a", "b");
        static final java.util.Set<String> EMPTY = java.util.Collections.emptySet();
    }

    private static List<String> mutableContainersOf(Class<?> c) throws Exception {
        List<String> out = new ArrayList<>();
        boolean initialised = false;
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || f.isSynthetic() || !isContainer(f.getType())) {
                continue;
            }
            if (java.util.concurrent.atomic.AtomicInteger.class.getPackage().equals(f.getType().getPackage())
                    || javafx.beans.Observable.class.isAssignableFrom(f.getType())) {
                out.add(c.getName() + "." + f.getName());
                continue;
            }
            if (!initialised) {
                Class.forName(c.getName(), true, c.getClassLoader());
                initialised = true;
            }
            f.setAccessible(true);
            Object value = f.get(null);
            if (value != null && !isUnmodifiable(value.getClass())) {
                out.add(c.getName() + "." + f.getName());
            }
        }
        return out;
    }

    private static boolean isContainer(Class<?> t) {
        return java.util.Collection.class.isAssignableFrom(t) || java.util.Map.class.isAssignableFrom(t)
                || javafx.beans.Observable.class.isAssignableFrom(t)
                || java.util.concurrent.atomic.AtomicInteger.class.getPackage().equals(t.getPackage());
    }

    private static boolean isUnmodifiable(Class<?> t) {
        String n = t.getName();
        return n.startsWith("java.util.ImmutableCollections$") || n.startsWith("java.util.Collections$Unmodifiable")
                || n.startsWith("java.util.Collections$Empty") || n.startsWith("java.util.Collections$Singleton");
    }

    private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                if (!name.endsWith("package-info") && !name.equals("module-info")) {
                    out.add(Class.forName(name, false, NoStaticMutableStateTest.class.getClassLoader()));
                }
            }
        }
        assertThat(out).as("class files under " + root).isNotEmpty();
        return out;
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
