package io.servicedesk.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Failed logins slow down the next ones, per account and per source address: after the allowed failures each
 * further one doubles the wait (1 s, 2 s, 4 s, ...), never beyond {@code maxBlock} after the last failure, and a
 * quiet {@code maxBlock} forgets them. Unlike Camunda's own lockout nothing locks for good, so sending wrong
 * passwords cannot lock out an administrator or an integration; an account's success forgets its failures.
 * Held in memory: each node throttles what it sees, and a restart forgets.
 */
final class LoginThrottle {

    /** Bounded memory whatever an attacker sends: beyond this, stale entries go, then everything. */
    private static final int MAX_ENTRIES = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final int accountFailures;
    private final int sourceFailures;
    private final Duration maxBlock;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> sources = new ConcurrentHashMap<>();

    LoginThrottle(ServiceDeskProperties.Login settings, Supplier<Instant> clock) {
        this.accountFailures = settings.accountFailures();
        this.sourceFailures = settings.sourceFailures();
        this.maxBlock = settings.maxBlock();
        this.clock = clock;
    }

    /** Why and how long a login from this source for this account (null when unknown) must wait, if at all. */
    Optional<Wait> check(String source, String account) {
        Instant now = clock.get();
        Optional<Duration> forSource = remaining(sources.get(source), sourceFailures, now);
        if (forSource.isPresent()) {
            return forSource.map(wait -> new Wait(wait, "Too many failed logins from your address"));
        }
        return account == null ? Optional.empty()
                : remaining(accounts.get(key(account)), accountFailures, now)
                        .map(wait -> new Wait(wait, "Too many failed logins for " + account));
    }

    void failed(String source, String account) {
        Instant now = clock.get();
        record(sources, source, now);
        if (account != null) {
            record(accounts, key(account), now);
        }
    }

    void succeeded(String account) {
        if (account != null) {
            accounts.remove(key(account));
        }
    }

    record Wait(Duration duration, String reason) {

        /** Whole seconds, rounded up, as Retry-After wants them. */
        long seconds() {
            return Math.max(1, (duration.toMillis() + 999) / 1000);
        }
    }

    private Optional<Duration> remaining(Failures failures, int allowed, Instant now) {
        if (failures == null || failures.count() < allowed || forgotten(failures, now)) {
            return Optional.empty();
        }
        int doublings = Math.min(failures.count() - allowed, 30);
        Duration block = Duration.ofSeconds(1L << doublings);
        Instant until = failures.last().plus(block.compareTo(maxBlock) < 0 ? block : maxBlock);
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private void record(Map<String, Failures> counts, String key, Instant now) {
        if (counts.size() >= MAX_ENTRIES) {
            counts.values().removeIf(failures -> forgotten(failures, now));
            if (counts.size() >= MAX_ENTRIES) {
                counts.clear();
            }
        }
        counts.compute(key, (ignored, before) -> before == null || forgotten(before, now)
                ? new Failures(1, now) : new Failures(before.count() + 1, now));
    }

    /** A quiet maxBlock forgets; so does a clock set back (a test's, or a stepped system clock). */
    private boolean forgotten(Failures failures, Instant now) {
        return now.isBefore(failures.last()) || !now.isBefore(failures.last().plus(maxBlock));
    }

    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
