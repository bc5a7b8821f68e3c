package io.servicedesk.platform;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 database, nothing is acknowledged before it is in the database file. H2 keeps
 * committed changes in memory for up to half a second (WRITE_DELAY); writing every commit at once costs
 * a chunk of the file per commit, and the engine commits several times per incident. Instead, whatever
 * answers the outside world (an API or webapp write, a mail the SMTP server took) first has H2 write all
 * it holds: a 201 survives a killed process. The engine's own steps in between are written within half a
 * second; one that a crash loses runs again after the restart, as any job whose transaction did not
 * commit. On PostgreSQL every commit is durable already and this does nothing.
 *
 * <p>One write covers everyone waiting (group commit): a caller whose commit a write that began later has
 * already covered returns at once, and callers arriving while a write runs share the next one. Under a
 * burst that is one CHECKPOINT for a handful of answers instead of one each. The writes run on a
 * connection of their own, outside the pool, so waiting for one never holds or wants a pool connection.
 */
@Component
public class DurableAcknowledgements implements DisposableBean {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final boolean embeddedFile;
    private final String url;
    private final String user;
    private final String password;
    /** how many flushes were asked for; a caller's number is taken after its commit */
    private final AtomicLong asked = new AtomicLong();
    private final Object turn = new Object();
    /** every flush numbered up to this is in the file (guarded by turn) */
    private long written;
    /** the connection CHECKPOINT runs on (guarded by turn) */
    private Connection own;

    DurableAcknowledgements(DataSource dataSource) {
        HikariDataSource pool = dataSource instanceof HikariDataSource hikari ? hikari : null;
        this.url = pool == null ? null : pool.getJdbcUrl();
        this.user = pool == null ? null : pool.getUsername();
        this.password = pool == null ? null : pool.getPassword();
        this.embeddedFile = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /** Returns once everything committed before the call is in H2's file. */
    public void flush() {
        if (!embeddedFile) {
            return;
        }
        long mine = asked.incrementAndGet();
        synchronized (turn) {
            if (written >= mine) {
                return;
            }
            // this write covers every flush asked for before it begins, each after its own commit
            long covers = asked.get();
            try {
                if (own == null || own.isClosed()) {
                    own = DriverManager.getConnection(url, user, password);
                }
                try (Statement statement = own.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
            } catch (SQLException e) {
                closeOwn();
                throw new IllegalStateException("H2 could not write its changes to the database file", e);
            }
            written = covers;
        }
    }

    @Override
    public void destroy() {
        synchronized (turn) {
            closeOwn();
        }
    }

    private void closeOwn() {
        if (own != null) {
            try {
                own.close();
            } catch (SQLException e) {
                // closing what failed: nothing more to do
            }
            own = null;
        }
    }

    /** CHECKPOINT needs an H2 administrator: say so at start-up, not at the first report. */
    @EventListener(ApplicationStartedEvent.class)
    void check() {
        flush();
    }

    /** Holds back the answer to every write request until what it wrote is in the file. */
    static class Filter extends OncePerRequestFilter {

        private final DurableAcknowledgements durability;

        Filter(DurableAcknowledgements durability) {
            this.durability = durability;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !durability.embeddedFile || READS.contains(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, held);
            } finally {
                durability.flush();
                held.copyBodyToResponse();
            }
        }
    }
}
