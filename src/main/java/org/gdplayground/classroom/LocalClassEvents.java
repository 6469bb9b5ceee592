package org.gdplayground.classroom;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Events inside this JVM only: right for the embedded H2 database, which one app instance owns. */
public class LocalClassEvents implements ClassEvents {

    private static final Logger LOG = LoggerFactory.getLogger(LocalClassEvents.class);
    private final Map<String, List<Consumer<Kind>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String code, Kind kind) {
        dispatch(code, kind);
    }

    /** Hands an event to this JVM's subscribers of {@code code}. */
    protected void dispatch(String code, Kind kind) {
        List<Consumer<Kind>> list = listeners.get(code);
        if (list == null) {
            return;
        }
        for (Consumer<Kind> l : list) {
            try {
                l.accept(kind);
            } catch (RuntimeException e) {
                LOG.warn("class event listener failed", e);
            }
        }
    }

    @Override
    public Subscription subscribe(String code, Consumer<Kind> listener) {
        listeners.computeIfAbsent(code, c -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(code, (c, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }
}
