package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.KeyedDebouncer;

import org.tradeworkbench.core.task.Debouncer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedDebouncerTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void burstOfSubmitsRunsOnlyTheLast() throws Exception {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        KeyedDebouncer d = new KeyedDebouncer(runner, 50, timer, ui::add);
        List<Integer> results = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            d.submit("adf", "ADF " + n, p -> n, results::add, t -> { });
        }
        // The timer posts the surviving job to the UI queue; stale ones find a newer generation and stop.
        while (results.isEmpty()) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            r.run();
        }
        assertThat(results).containsExactly(5);
        assertThat(runner.titles()).containsExactly("ADF 5");
    }

    @Test
    void keysAreIndependent() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        Debouncer d = Debouncer.immediate(runner);
        List<String> results = new ArrayList<>();
        d.submit("a", "A", p -> "a", results::add, t -> { });
        d.submit("b", "B", p -> "b", results::add, t -> { });
        assertThat(results).containsExactly("a", "b");
    }

    @Test
    void cancelDropsThePendingJob() throws Exception {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        KeyedDebouncer d = new KeyedDebouncer(runner, 30, timer, ui::add);
        List<String> results = new ArrayList<>();
        d.submit("k", "K", p -> "x", results::add, t -> { });
        d.cancel("k");
        d.submit("other", "O", p -> "o", results::add, t -> { });
        while (results.isEmpty()) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            r.run();
        }
        // Let the cancelled job's timer slot pass, if it were still scheduled it would have queued by now.
        Runnable extra = ui.poll(200, TimeUnit.MILLISECONDS);
        if (extra != null) {
            extra.run();
        }
        assertThat(results).containsExactly("o");
    }

    @Test
    void withLeadingASubmitAfterQuietRunsAtOnceAndABurstWaitsForItsLast() throws Exception {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        long[] now = {0};
        KeyedDebouncer d = new KeyedDebouncer(runner, 200, timer, ui::add, true, () -> now[0]);
        List<Integer> results = new ArrayList<>();
        d.submit("ols", "OLS 1", p -> 1, results::add, t -> { });
        assertThat(results).as("a lone change answers without waiting").containsExactly(1);
        assertThat(ui).isEmpty();

        // A burst: the first after the quiet spell ran above; the rest wait and only the newest inputs run.
        for (int i = 2; i <= 4; i++) {
            now[0] += TimeUnit.MILLISECONDS.toNanos(50);
            int n = i;
            d.submit("ols", "OLS " + n, p -> n, results::add, t -> { });
        }
        assertThat(results).containsExactly(1);
        while (results.size() < 2) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertThat(r).isNotNull();
            r.run();
        }
        assertThat(results).containsExactly(1, 4);
        assertThat(runner.titles()).containsExactly("OLS 1", "OLS 4");

        // Quiet again: the next change runs at once.
        now[0] += TimeUnit.MILLISECONDS.toNanos(500);
        d.submit("ols", "OLS 5", p -> 5, results::add, t -> { });
        assertThat(results).containsExactly(1, 4, 5);
    }

    @Test
    void withLeadingAChangeSoonAfterAnotherWaits() throws Exception {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        long[] now = {0};
        KeyedDebouncer d = new KeyedDebouncer(runner, 200, timer, ui::add, true, () -> now[0]);
        List<String> results = new ArrayList<>();
        d.submit("k", "first", p -> "first", results::add, t -> { });
        now[0] += TimeUnit.MILLISECONDS.toNanos(199);
        d.submit("k", "second", p -> "second", results::add, t -> { });
        assertThat(results).containsExactly("first");
        Runnable r = ui.poll(20, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        r.run();
        assertThat(results).containsExactly("first", "second");
    }

    @Test
    void aTypedChangeWaitsForQuietEvenAfterAQuietSpell() throws Exception {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        long[] now = {0};
        KeyedDebouncer d = new KeyedDebouncer(runner, 200, timer, ui::add, true, () -> now[0]);
        List<String> results = new ArrayList<>();
        d.submitTyped("adf", "typed l", p -> "l", results::add, t -> { });
        assertThat(results).as("the first keystroke does not run the half-typed text").isEmpty();
        now[0] += TimeUnit.MILLISECONDS.toNanos(80);
        d.submitTyped("adf", "typed lo", p -> "lo", results::add, t -> { });
        Runnable r = ui.poll(20, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        r.run();
        assertThat(results).containsExactly("lo");
        assertThat(runner.titles()).containsExactly("typed lo");

        // A discrete change after quiet still answers at once.
        now[0] += TimeUnit.MILLISECONDS.toNanos(500);
        d.submit("adf", "tick", p -> "tick", results::add, t -> { });
        assertThat(results).containsExactly("lo", "tick");
    }
}
