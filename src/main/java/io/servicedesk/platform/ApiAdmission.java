package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Back-pressure for the API. A few requests work at once and the rest queue for a moment, so a burst
 * is absorbed without starving the job executor of database connections or CPU; a client that would
 * wait longer, or that reports while the engine's backlog of due jobs is beyond what it works off in
 * about a minute, gets 503 with Retry-After: nothing half-done, nothing dropped silently, and a portal
 * or monitoring system that retries (with its Idempotency-Key) gets its ticket.
 */
class ApiAdmission extends OncePerRequestFilter {

    private static final long BACKLOG_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Semaphore permits;
    private final long maxWaitMillis;
    private final long maxBacklog;
    private final LongSupplier backlog;
    private final ObjectMapper json;
    private final AtomicLong lastBacklog = new AtomicLong();
    private final AtomicLong backlogReadAt = new AtomicLong(System.nanoTime() - BACKLOG_REFRESH_NANOS);
    private final ReentrantLock backlogReading = new ReentrantLock();

    ApiAdmission(ApiCapacity settings, LongSupplier backlog, ObjectMapper json) {
        this.permits = new Semaphore(settings.maxConcurrentRequests(), true);
        this.maxWaitMillis = settings.admissionWait().toMillis();
        this.maxBacklog = settings.maxJobBacklog();
        this.backlog = backlog;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isReport(request) && backlog() > maxBacklog) {
            refuse(response, 10, "The service is working off a backlog of " + lastBacklog.get()
                    + " steps; nothing was recorded. Send the same request again (same Idempotency-Key) after the "
                    + "Retry-After seconds");
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(response, 1, "The service is busy; nothing was recorded. Send the same request again (same "
                    + "Idempotency-Key) after the Retry-After seconds");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** New work from outside: incident reports and monitoring alerts. */
    private static boolean isReport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/api/incidents") || path.startsWith("/api/alerts/"));
    }

    /** The engine's due jobs, read at most once a second by one request while the others use the last count. */
    private long backlog() {
        long readAt = backlogReadAt.get();
        if (System.nanoTime() - readAt >= BACKLOG_REFRESH_NANOS && backlogReading.tryLock()) {
            try {
                lastBacklog.set(backlog.getAsLong());
                backlogReadAt.set(System.nanoTime());
            } finally {
                backlogReading.unlock();
            }
        }
        return lastBacklog.get();
    }

    private void refuse(HttpServletResponse response, int retryAfterSeconds, String detail) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        SecurityConfiguration.writeProblem(json, response, HttpStatus.SERVICE_UNAVAILABLE, detail, false);
    }
}
