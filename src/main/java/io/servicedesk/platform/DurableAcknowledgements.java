package io.servicedesk.platform;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
 */
@Component
public class DurableAcknowledgements {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final DataSource dataSource;
    private final boolean embeddedFile;

    DurableAcknowledgements(DataSource dataSource) {
        this.dataSource = dataSource;
        String url = dataSource instanceof HikariDataSource pool ? pool.getJdbcUrl() : null;
        this.embeddedFile = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * Writes what H2 holds in memory to its file, on the connection this thread holds (no second one), or a
     * connection of its own when it holds none.
     */
    public void flush() {
        if (!embeddedFile) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write its changes to the database file", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
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
