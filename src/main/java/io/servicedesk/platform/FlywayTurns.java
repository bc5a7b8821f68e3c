package io.servicedesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nodes starting together on one PostgreSQL migrate one at a time. Flyway creates its history table after
 * checking that the schema is empty; a second node checking in between finds a non-empty schema without
 * history and refuses to start (with baseline-on-migrate it collides on the baseline instead). The start-up
 * lock cannot serve here: Flyway creates its table. A session-level advisory lock needs no table; it ends
 * with the session when a node dies. H2, the embedded default, is one node's own database.
 */
@Configuration(proxyBeanMethods = false)
class FlywayTurns {

    /** Any number, the same on every node: "servicedesk" on a phone keypad. */
    private static final long LOCK = 7_378_423_375L;

    @Bean
    FlywayMigrationStrategy oneNodeAtATime(DataSource dataSource) {
        return flyway -> {
            try (Connection connection = dataSource.getConnection()) {
                boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
                if (postgres) {
                    call(connection, "select pg_advisory_lock(?)");
                }
                try {
                    flyway.migrate();
                } finally {
                    if (postgres) {
                        call(connection, "select pg_advisory_unlock(?)");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take turns with other nodes for the database migration", e);
            }
        };
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            statement.execute();
        }
    }
}
