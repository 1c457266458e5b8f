package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.Cancellable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The FX runner with its "UI thread" replaced by a queue this test drains, so the ordering of background work and
 * UI callbacks is checked without the toolkit.
 */
class FxTaskRunnerTest {
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final ExecutorService bg = Executors.newSingleThreadExecutor();
    private final FxTaskRunner runner = new FxTaskRunner(bg, ui::add);

    @AfterEach
    void stop() {
        bg.shutdownNow();
    }

    /** Runs UI callbacks until {@code done} holds (or fails after a generous wait). */
    private void pump(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertThat(r).as("a UI callback").isNotNull();
            r.run();
        }
    }

    @Test
    void resultArrivesOnTheUiQueueAndStatusShowsTheRunningTask() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> results = new ArrayList<>();
        runner.run("Estimating", p -> {
            p.message("step 1");
            p.progress(0.5);
            release.await();
            return "done";
        }, results::add, t -> results.add("failed " + t));
        pump(() -> runner.progressProperty().get() == 0.5 && runner.messageProperty().get().equals("step 1"));
        assertThat(runner.runningTitleProperty().get()).isEqualTo("Estimating");
        assertThat(runner.busyProperty().get()).isTrue();
        assertThat(results).isEmpty();
        release.countDown();
        pump(() -> !results.isEmpty());
        assertThat(results).containsExactly("done");
        assertThat(runner.busyProperty().get()).isFalse();
        assertThat(runner.runningTitleProperty().get()).isEmpty();
    }

    @Test
    void cancelledWorkDeliversNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> results = new ArrayList<>();
        Cancellable c = runner.run("Long", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.sleep(1);
            }
            return "late";
        }, results::add, t -> results.add("failed"));
        started.await();
        c.cancel();
        // A second job proves the queue moved on; only its result arrives.
        runner.run("Next", p -> "next", results::add, t -> results.add("failed"));
        pump(() -> !results.isEmpty());
        assertThat(results).containsExactly("next");
        assertThat(c.isCancelled()).isTrue();
    }

    @Test
    void failureGoesToTheFailureCallback() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        runner.run("Bad", p -> {
            throw new java.io.IOException("disk");
        }, r -> { }, failures::add);
        pump(() -> !failures.isEmpty());
        assertThat(failures.get(0)).hasMessage("disk");
    }

    @Test
    void aCancelledJobSaysSoOnTheUiQueueOnceItsWorkHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> outcomes = new ArrayList<>();
        Cancellable job = runner.run("Reading big.csv", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            throw new java.util.concurrent.CancellationException("stopped");
        }, r -> outcomes.add("result"), t -> outcomes.add("failed"), () -> outcomes.add("cancelled"));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        pump(() -> !outcomes.isEmpty());
        assertThat(outcomes).containsExactly("cancelled");
        assertThat(runner.busyProperty().get()).isFalse();
    }
}
