package org.tradeworkbench.ui.task;

import org.tradeworkbench.core.task.Debouncer;

import org.tradeworkbench.core.task.Cancellable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {

    @Test
    void deliversResultBeforeReturning() {
        SameThreadTaskRunner r = new SameThreadTaskRunner();
        AtomicReference<Integer> got = new AtomicReference<>();
        Cancellable c = r.run("sum", p -> 2 + 3, got::set, t -> { throw new AssertionError(t); });
        assertThat(got.get()).isEqualTo(5);
        assertThat(c.isDone()).isTrue();
        assertThat(r.titles()).containsExactly("sum");
    }

    @Test
    void deliversFailureToTheFailureCallback() {
        SameThreadTaskRunner r = new SameThreadTaskRunner();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        r.run("bad", p -> {
            throw new IllegalStateException("boom");
        }, x -> { throw new AssertionError("no result expected"); }, failed::set);
        assertThat(failed.get()).hasMessage("boom");
    }

    @Test
    void resultOfACancelledKeyIsDropped() {
        SameThreadTaskRunner r = new SameThreadTaskRunner();
        List<Object> calls = new ArrayList<>();
        // The immediate debouncer cancels the previous run of a key; model that with a job that is cancelled
        // while it runs (the reporter sees it, the callbacks are skipped).
        Debouncer d = Debouncer.immediate(r);
        d.submit("k", "first", p -> {
            d.cancel("k");
            return "stale";
        }, calls::add, calls::add);
        assertThat(calls).isEmpty();
        d.submit("k", "second", p -> "fresh", calls::add, calls::add);
        assertThat(calls).containsExactly("fresh");
    }
}
