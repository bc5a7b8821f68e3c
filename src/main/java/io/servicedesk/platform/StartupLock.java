package io.servicedesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * One node at a time through start-up's check-then-create steps, for any number of nodes starting
 * together on one database: a row lock on {@code startup_lock} (Flyway creates it, so Flyway runs first),
 * held by a transaction of its own while the step runs. The transaction ends when the step does, or
 * when the node dies (the database ends a dead client's session), so a crashed node never blocks the
 * others for longer than the database takes to notice. Row locks work alike on PostgreSQL and H2.
 */
@Component
@DependsOnDatabaseInitialization
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final String ROW = "startup";
    // a start-up step takes seconds; a holder silent this long is stuck, and waiting longer helps nobody
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final long POLL_MILLIS = 250;

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the step while no other node runs one; {@code step} says what for the log. */
    <T> T holding(String step, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            acquire(connection, step);
            try {
                return work.get();
            } finally {
                // nothing was written: ending the transaction only releases the lock
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock for " + step, e);
        }
    }

    void holding(String step, Runnable work) {
        holding(step, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Polls with NOWAIT rather than blocking: a blocked row lock waits for as long as the database's lock
     * time-out says (seconds on H2, forever on PostgreSQL), polling waits for as long as we say.
     */
    private static void acquire(Connection connection, String step) throws SQLException {
        Instant deadline = Instant.now().plus(PATIENCE);
        boolean waited = false;
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select name from startup_lock where name = ? for update nowait")) {
                lock.setString(1, ROW);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("The start-up lock row is missing from startup_lock "
                                + "(Flyway migration V60 inserts it)");
                    }
                }
                if (waited) {
                    log.info("Start-up lock taken for {}", step);
                }
                return;
            } catch (SQLException busy) {
                if (!isLockBusy(busy)) {
                    throw busy;
                }
                // PostgreSQL has aborted the transaction; start a new one for the next attempt
                connection.rollback();
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Another node has held the start-up lock for more than "
                            + PATIENCE.toMinutes() + " minutes; it may be stuck. Last refusal: " + busy.getMessage(),
                            busy);
                }
                if (!waited) {
                    log.info("Another node is setting up the database; waiting for it before {}", step);
                    waited = true;
                }
                sleep();
            }
        }
    }

    /** PostgreSQL's lock_not_available, H2's lock time-out: another node holds the row. */
    private static boolean isLockBusy(SQLException e) {
        return "55P03".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState()) || e.getErrorCode() == 50200;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
        }
    }
}
