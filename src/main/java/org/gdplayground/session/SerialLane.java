package org.gdplayground.session;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks one at a time, in order, on a shared executor: one lane per page, so a page's runs are only ever touched
 * by one thread at a time while many pages share the bounded pool.
 *
 * <p>When the pool refuses a task: {@link #execute} throws when the lane was idle (the caller hears it at once); a
 * task that waited behind another and is refused when its turn comes (on a worker thread, where nobody could catch
 * it) is dropped with the rest of the lane and {@code refused} is told, so its owner can say the server is busy
 * instead of waiting for a task that will never run.
 */
final class SerialLane implements Executor {

    private final Executor pool;
    private final Runnable refused;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private @Nullable Runnable active;

    SerialLane(Executor pool) {
        this(pool, () -> {
        });
    }

    /** @param refused told (on a worker thread) when queued tasks were dropped because the pool refused them */
    SerialLane(Executor pool, Runnable refused) {
        this.pool = pool;
        this.refused = refused;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                try {
                    next();
                } catch (RejectedExecutionException e) {
                    refused.run();
                }
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
