package org.tradeworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeworkbench.core.workbench.RecoveryFiles;
import org.tradeworkbench.core.workbench.WorkbenchStore;

/**
 * Kills a child JVM with SIGKILL at random moments while it saves ({@link SaveLoop}), 50 times for Save and 25
 * times for the crash-recovery autosave: the file left behind always opens, holds one whole generation, and
 * that generation is at least the last one the child reported saved; after a kill, crash recovery offers the
 * unsaved work.
 */
class SaveUnderKillTest {
    static final int KILLS = Integer.getInteger("tw.kill.count", 50);

    @TempDir
    Path dir;

    @Test
    void aKilledSaveNeverLeavesATornOrOlderFile() throws Exception {
        Path file = dir.resolve("work.tradewb");
        Random rnd = new Random(20261206);
        int killedMidWay = 0;
        for (int i = 0; i < KILLS; i++) {
            int reported = runAndKill("save", file, rnd);
            int onDisk = SaveLoop.generationOf(WorkbenchStore.open(file));
            assertThat(onDisk).as("kill %d: generation on disk vs last reported", i).isGreaterThanOrEqualTo(reported);
            assertThat(onDisk).as("kill %d", i).isLessThanOrEqualTo(reported + 1);
            if (onDisk == reported) {
                killedMidWay++;
            }
        }
        System.out.println("[kill] save: " + KILLS + " kills, previous file intact every time ("
                + killedMidWay + " while the next generation was being written)");
    }

    @Test
    void crashRecoveryOffersTheWorkAfterAKill() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < KILLS / 2; i++) {
            Path folder = Files.createDirectories(dir.resolve("recovery" + i));
            int reported = runAndKill("recover", folder, rnd);
            Optional<RecoveryFiles.LeftOver> left = new RecoveryFiles(folder).newestLeftOver();
            assertThat(left).as("kill %d: a recovery file is offered", i).isPresent();
            int recovered = SaveLoop.generationOf(WorkbenchStore.open(left.get().file()));
            assertThat(recovered).as("kill %d", i).isGreaterThanOrEqualTo(reported);
        }
        System.out.println("[kill] recovery: " + (KILLS / 2) + " kills, the unsaved work offered every time");
    }

    /** Starts the child, lets it save for a random while after its first save, kills it; the last generation it reported. */
    private static int runAndKill(String mode, Path where, Random rnd) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), mode, where.toString())
                .redirectErrorStream(true).start();
        AtomicInteger last = new AtomicInteger(0);
        Object firstSave = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        last.set(Integer.parseInt(line.substring(6).trim()));
                        synchronized (firstSave) {
                            firstSave.notifyAll();
                        }
                    } else {
                        System.out.println("[child] " + line);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The pipe closes when the child is killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (firstSave) {
            while (last.get() == 0 && p.isAlive() && System.nanoTime() < deadline) {
                firstSave.wait(100);
            }
        }
        assertThat(last.get()).as("the child saved once (alive: %s)", p.isAlive()).isPositive();
        Thread.sleep(rnd.nextInt(400));
        int before = last.get();
        p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        // A generation printed after our read of 'before' was saved before the kill too.
        return Math.max(before, last.get());
    }

}
