package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic: who waits, how long, and that nobody waits longer than a minute after the last failure. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new ServiceDeskProperties.Login(5, 20, Duration.ofMinutes(1)), () -> now);

    @Test
    void anAccountWaitsAfterFiveFailuresAndTheWaitDoubles() {
        fail("10.0.0.1", "admin", 4);
        assertThat(throttle.check("10.0.0.1", "admin")).isEmpty();

        fail("10.0.0.1", "admin", 1);
        assertThat(throttle.check("10.0.0.2", "admin")).get()
                .satisfies(wait -> {
                    assertThat(wait.duration()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(wait.reason()).contains("admin");
                });
        assertThat(throttle.check("10.0.0.2", "someone-else")).isEmpty();

        fail("10.0.0.1", "admin", 3);
        assertThat(throttle.check("10.0.0.1", "ADMIN").orElseThrow().duration()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void noWaitLastsLongerThanAMinuteAfterTheLastFailureAndAQuietMinuteForgetsAll() {
        fail("10.0.0.1", "admin", 40);
        assertThat(throttle.check("10.0.0.3", "admin").orElseThrow().duration()).isEqualTo(Duration.ofMinutes(1));

        now = now.plusSeconds(59);
        assertThat(throttle.check("10.0.0.3", "admin")).isPresent();
        now = now.plusSeconds(1);
        assertThat(throttle.check("10.0.0.3", "admin")).isEmpty();

        // forgotten, not resumed: the next failure is the first again
        fail("10.0.0.1", "admin", 1);
        assertThat(throttle.check("10.0.0.3", "admin")).isEmpty();
    }

    @Test
    void aSourceWaitsAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 19; i++) {
            fail("203.0.113.9", "user-" + i, 1);
        }
        assertThat(throttle.check("203.0.113.9", "dispatcher")).isEmpty();

        fail("203.0.113.9", null, 1);

        assertThat(throttle.check("203.0.113.9", "dispatcher")).get()
                .satisfies(wait -> assertThat(wait.reason()).contains("your address"));
        assertThat(throttle.check("198.51.100.1", "dispatcher")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheSources() {
        fail("10.0.0.1", "dispatcher", 4);
        throttle.succeeded("dispatcher");
        fail("10.0.0.1", "dispatcher", 4);
        assertThat(throttle.check("10.0.0.1", "dispatcher")).isEmpty();

        for (int i = 0; i < 12; i++) {
            fail("10.0.0.1", null, 1);
        }
        throttle.succeeded("dispatcher");
        assertThat(throttle.check("10.0.0.1", null)).isPresent();
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        assertThat(new LoginThrottle.Wait(Duration.ofMillis(1200), "x").seconds()).isEqualTo(2);
        assertThat(new LoginThrottle.Wait(Duration.ofMillis(10), "x").seconds()).isEqualTo(1);
    }

    private void fail(String source, String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source, account);
        }
    }
}
