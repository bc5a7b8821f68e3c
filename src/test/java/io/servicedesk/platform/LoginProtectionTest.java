package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.WebappSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow an account or an address down for a minute at most and never lock anybody out for good;
 * technical accounts log in with API tokens, not passwords. Every test that fails logins on purpose uses a user of
 * its own: the shared demo users must stay usable for the rest of the suite.
 */
@ServiceDeskTest
class LoginProtectionTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityBootstrap identity;
    @Autowired
    IdentityService identityService;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void resetClock() {
        Clock.reset();
    }

    @Test
    void failedLoginsThrottleTheAccountForAMinuteAtMostOnEveryDoor() {
        String user = throwawayUser();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.send(user, "wrong-" + attempt, "GET", "/api/clients", null, Map.of()).status())
                    .isEqualTo(401);
        }

        Api.Response api429 = api.get(user, "/api/clients");
        assertThat(api429.status()).as(api429.body()).isEqualTo(429);
        assertThat(api429.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(api429.json().path("detail").asText()).contains(user);
        assertThat(Long.parseLong(api429.header("Retry-After"))).isBetween(1L, 60L);
        WebappSession.Login tasklist = WebappSession.login(port, engine.getName(), user, Api.PASSWORD);
        assertThat(tasklist.response().status()).isEqualTo(429);
        assertThat(tasklist.response().header("Retry-After")).isNotNull();

        Clock.advanceMinutes(1);
        assertThat(api.get(user, "/api/clients").status()).isEqualTo(200);
        assertThat(WebappSession.login(port, engine.getName(), user, Api.PASSWORD).response().status())
                .isEqualTo(200);
    }

    @Test
    void failedLoginsFromOneAddressThrottleThatAddressOnly() {
        String attacker = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int attempt = 0; attempt < 20; attempt++) {
            api.send("nobody-" + UUID.randomUUID(), "guess", "GET", "/api/clients", null,
                    Map.of("X-Forwarded-For", attacker));
        }

        Api.Response fromAttacker = api.send("dispatcher", Api.PASSWORD, "GET", "/api/clients", null,
                Map.of("X-Forwarded-For", attacker));
        assertThat(fromAttacker.status()).isEqualTo(429);
        assertThat(fromAttacker.json().path("detail").asText()).contains("your address");
        assertThat(fromAttacker.header("Retry-After")).isNotNull();
        // the people the attacker guessed for, from their own addresses, are not locked out
        assertThat(api.send("dispatcher", Api.PASSWORD, "GET", "/api/clients", null,
                Map.of("X-Forwarded-For", "198.51.100.20")).status()).isEqualTo(200);

        Clock.advanceMinutes(1);
        assertThat(api.send("dispatcher", Api.PASSWORD, "GET", "/api/clients", null,
                Map.of("X-Forwarded-For", attacker)).status()).isEqualTo(200);
    }

    @Test
    void camundasOwnLockoutNoLongerLocksForGood() {
        String user = throwawayUser();
        for (int attempt = 0; attempt < 15; attempt++) {
            assertThat(identityService.checkPassword(user, "wrong")).isFalse();
        }

        assertThat(identityService.checkPassword(user, Api.PASSWORD)).isTrue();
    }

    @Test
    void technicalAccountsLogInWithTheirTokenNeverWithAPassword() {
        assertThat(api.send(null, null, "GET", "/api/incidents", null,
                Map.of("Authorization", "Bearer " + Api.token("northwind-portal"))).status()).isEqualTo(200);

        Api.Response withPassword = api.send("northwind-portal", "demo-password-guess", "GET", "/api/incidents",
                null, Map.of());
        assertThat(withPassword.status()).isEqualTo(401);
        Api.Response wrongToken = api.send(null, null, "GET", "/api/incidents", null,
                Map.of("Authorization", "Bearer not-a-token"));
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.header("Content-Type")).startsWith(PROBLEM_JSON);
        // another account's token is no password either
        assertThat(api.send("brandt-portal", Api.token("northwind-portal"), "GET", "/api/incidents", null,
                Map.of()).status()).isEqualTo(401);
        assertThat(WebappSession.login(port, engine.getName(), "northwind-portal", Api.token("northwind-portal"))
                .response().status()).isEqualTo(401);
    }

    private String throwawayUser() {
        String id = "login-" + UUID.randomUUID().toString().substring(0, 8);
        identity.ensureUser(id, "Throwaway", "User", null, Api.PASSWORD, Groups.DISPATCH);
        return id;
    }
}
