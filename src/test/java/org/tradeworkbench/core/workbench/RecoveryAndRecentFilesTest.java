package org.tradeworkbench.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.data.DataException;

class RecoveryAndRecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void runningSessionIsNotOfferedAndCleanExitLeavesNothing() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(dir.resolve("recovery"));
        try (RecoveryFiles.Session s = rf.start()) {
            s.save(WorkbenchStoreTest.sampleWorkbench());
            assertThat(Files.exists(s.file())).isTrue();
            assertThat(rf.leftOver()).isEmpty();
        }
        try (var files = Files.list(rf.folder())) {
            assertThat(files).isEmpty();
        }
        // A lock left by an ended app without a recovery file is swept on the next start.
        Path stale = Files.createFile(rf.folder().resolve("session-2-2.lock"));
        try (RecoveryFiles.Session s = rf.start()) {
            assertThat(Files.exists(stale)).isFalse();
        }
    }

    @Test
    void recoveryFileOfACrashedAppIsOfferedThenDiscarded() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(dir.resolve("recovery"));
        Files.createDirectories(rf.folder());
        // What a crashed app leaves: its recovery file and an unlocked lock file.
        Path crashed = rf.folder().resolve("session-1-1.tradewb");
        WorkbenchStore.save(WorkbenchStoreTest.sampleWorkbench().withSample("2006", null), crashed);
        Files.createFile(rf.folder().resolve("session-1-1.lock"));
        try (RecoveryFiles.Session mine = rf.start()) {
            mine.save(WorkbenchStoreTest.sampleWorkbench());
            List<RecoveryFiles.LeftOver> left = rf.leftOver();
            assertThat(left).extracting(RecoveryFiles.LeftOver::file).containsExactly(crashed);
            assertThat(WorkbenchStore.open(left.get(0).file()).sampleFrom()).isEqualTo("2006");
            rf.discard(left.get(0));
            assertThat(rf.leftOver()).isEmpty();
            assertThat(Files.exists(mine.file())).isTrue();
        }
    }

    @Test
    void autosaverWritesOnlyWhenTheWorkbenchChanged() {
        AtomicReference<WorkbenchFile> current = new AtomicReference<>(WorkbenchStoreTest.sampleWorkbench());
        List<WorkbenchFile> written = new ArrayList<>();
        List<Exception> errors = new ArrayList<>();
        try (Autosaver a = new Autosaver(current::get, written::add, errors::add)) {
            assertThat(a.saveIfChanged()).isTrue();
            assertThat(a.saveIfChanged()).isFalse();
            current.set(current.get().withSample("2005", "2010"));
            assertThat(a.saveIfChanged()).isTrue();
            assertThat(written).hasSize(2);
            assertThat(written.get(1).sampleTo()).isEqualTo("2010");
        }
        try (Autosaver failing = new Autosaver(current::get, wb -> {
            throw new DataException("disk full");
        }, errors::add)) {
            assertThat(failing.saveIfChanged()).isFalse();
            assertThat(errors).extracting(Exception::getMessage).containsExactly("disk full");
            // Not marked as saved: the next run tries again.
            assertThat(failing.saveIfChanged()).isFalse();
            assertThat(errors).hasSize(2);
        }
    }

    @Test
    void recentFilesNewestFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        Preferences node = Preferences.userRoot().node("org/tradeworkbench/test-" + UUID.randomUUID());
        try {
            RecentFiles recent = new RecentFiles(node);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < RecentFiles.MAX + 2; i++) {
                files.add(Files.writeString(dir.resolve("w" + i + ".tradewb"), "{}"));
                recent.add(files.get(i));
            }
            assertThat(recent.list()).hasSize(RecentFiles.MAX).startsWith(files.get(11), files.get(10));
            recent.add(files.get(5));
            assertThat(recent.list()).startsWith(files.get(5), files.get(11)).doesNotHaveDuplicates();
            Files.delete(files.get(11));
            assertThat(new RecentFiles(node).list()).startsWith(files.get(5), files.get(10));
        } finally {
            node.removeNode();
        }
    }
}
