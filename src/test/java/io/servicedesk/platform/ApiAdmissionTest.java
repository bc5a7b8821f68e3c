package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Beyond capacity the API answers 503 with Retry-After and a problem body that says nothing was recorded:
 * never a 500, never a silently dropped report.
 */
class ApiAdmissionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRequestThatFindsEveryPlaceTakenForTooLongIsAnswered503WithRetryAfter() throws Exception {
        ApiAdmission admission = new ApiAdmission(new ApiCapacity(1, Duration.ofMillis(200), 5000), () -> 0, json);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            working.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ((MockHttpServletResponse) response).setStatus(201);
        };
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<MockHttpServletResponse> admitted = first.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            admission.doFilter(report(), response, slow);
            return response;
        });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        admission.doFilter(report(), refused, (request, response) -> {
            throw new AssertionError("must not run");
        });
        release.countDown();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(refused.getContentAsString()).get("detail").asText()).contains("nothing was recorded");
        assertThat(admitted.get(10, TimeUnit.SECONDS).getStatus()).as("the one admitted").isEqualTo(201);
        first.shutdown();
    }

    @Test
    void aRequestThatWaitsBrieflyForItsTurnIsServed() throws Exception {
        ApiAdmission admission = new ApiAdmission(new ApiCapacity(1, Duration.ofSeconds(5), 5000), () -> 0, json);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = clients.invokeAll(java.util.Collections.nCopies(8, () -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            admission.doFilter(report(), response, (request, r) -> {
                sleep(20);
                ((MockHttpServletResponse) r).setStatus(201);
            });
            return response.getStatus();
        }));
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        clients.shutdown();
    }

    @Test
    void reportsWhileTheEngineIsFarBehindAreAnswered503AndEverythingElseIsServed() throws Exception {
        AtomicLong backlog = new AtomicLong(6000);
        ApiAdmission admission = new ApiAdmission(new ApiCapacity(8, Duration.ofSeconds(1), 5000), backlog::get, json);

        MockHttpServletResponse report = new MockHttpServletResponse();
        admission.doFilter(report(), report, (request, response) -> {
            throw new AssertionError("must not run");
        });
        MockHttpServletResponse read = new MockHttpServletResponse();
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/incidents/INC-1");
        admission.doFilter(get, read, (request, response) -> ((MockHttpServletResponse) response).setStatus(200));

        assertThat(report.getStatus()).isEqualTo(503);
        assertThat(report.getHeader("Retry-After")).isEqualTo("10");
        assertThat(json.readTree(report.getContentAsString()).get("detail").asText()).contains("backlog of 6000");
        assertThat(read.getStatus()).isEqualTo(200);
    }

    @Test
    void noFreeDatabaseConnectionIsAnswered503WithRetryAfterNot500() {
        ResponseEntity<Object> answer = new ProblemHandler().unexpected(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private static MockHttpServletRequest report() {
        return new MockHttpServletRequest("POST", "/api/incidents");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
