package org.gdplayground.session;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks one at a time, in order, on a shared executor: one lane per page, so a page's runs are only ever touched
 * by one thread at a time while many pages share the bounded pool.
 */
final class SerialLane implements Executor {

    private final Executor pool;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private @Nullable Runnable active;

    SerialLane(Executor pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                next();
            }
        });
        if (active == null) {
            next();
        }
    }

    /** Tasks waiting or running. */
    synchronized int pending() {
        return tasks.size() + (active == null ? 0 : 1);
    }

    private synchronized void next() {
        active = tasks.poll();
        if (active != null) {
            try {
                pool.execute(active);
            } catch (RejectedExecutionException e) {
                tasks.clear();
                active = null;
                throw e;
            }
        }
    }
}
