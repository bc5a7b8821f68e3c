package io.servicedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentTest {

    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger reads = new AtomicInteger();

    @Test
    void oneReadingServesEveryGaugeOfAScrapeAndIsRenewedOnceItIsTooOld() {
        Recent<Integer> figures = new Recent<>(reads::incrementAndGet, Duration.ofSeconds(10), nanos::get);

        assertThat(figures.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(figures.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figures.get()).isEqualTo(2);
    }

    @Test
    void aFailedReadingFailsFastUntilItIsTooOldToo() {
        AtomicInteger attempts = new AtomicInteger();
        Recent<Integer> figures = new Recent<>(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database away");
        }, Duration.ofSeconds(10), nanos::get);

        assertThatThrownBy(figures::get).hasMessage("database away");
        assertThatThrownBy(figures::get).hasMessage("database away");
        assertThat(attempts).as("one attempt per maximum age, not one per gauge").hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThatThrownBy(figures::get);
        assertThat(attempts).hasValue(2);
    }
}
