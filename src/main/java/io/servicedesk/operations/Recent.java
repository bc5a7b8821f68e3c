package io.servicedesk.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read again only once it is older than its maximum age; readers meanwhile share the last one. A
 * failed read is shared the same way: while the database is away, a scrape of many gauges fails fast
 * (each shows no value) instead of waiting out one connection timeout per gauge.
 */
final class Recent<T> {

    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private RuntimeException failure;
    private long readAt;
    private boolean read;

    Recent(Supplier<T> source, Duration maxAge, LongSupplier nanoTime) {
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= maxAgeNanos) {
            read = true;
            readAt = now;
            try {
                value = source.get();
                failure = null;
            } catch (RuntimeException e) {
                value = null;
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
