package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.servicedesk.ServiceDeskApplication;
import io.servicedesk.support.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nodes that start at the same moment on one PostgreSQL take turns through Camunda's schema creation
 * and the set-up (groups, authorizations, Tasklist filters, demo users and clients): both come up, and
 * nothing exists twice. Each node is the whole service with a connection pool of its own; they share this
 * JVM only to keep ten rounds affordable. TwoNodeClusterTest starts two separate processes (or containers)
 * the same way.
 */
class ClusterStartupTest {

    private static final int ROUNDS = Integer.getInteger("startup.rounds", 10);

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        // two applications starting at once in one JVM would both reset and configure Logback, and one then
        // fails on a configuration the other has half reset: here Spring Boot leaves logging alone, at INFO
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpAndCreateEverythingOnce() throws Exception {
        String database = null;
        for (int round = 1; round <= ROUNDS; round++) {
            database = "startup_" + round;
            postgres.createDatabase(database);
            startTogether(database, 2).forEach(ConfigurableApplicationContext::close);
            assertCreatedOnce(database, "round " + round);
        }

        // and together again on what the last round left: nothing is added
        int authorizations = count(database, "select count(*) from act_ru_authorization");
        int filters = count(database, "select count(*) from act_ru_filter");
        startTogether(database, 2).forEach(ConfigurableApplicationContext::close);
        assertCreatedOnce(database, "restart");
        assertThat(count(database, "select count(*) from act_ru_authorization")).isEqualTo(authorizations);
        assertThat(count(database, "select count(*) from act_ru_filter")).isEqualTo(filters);
    }

    /** Starts the nodes from threads released at the same instant; fails with the first node that fails. */
    private static List<ConfigurableApplicationContext> startTogether(String database, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int node = 1; node <= count; node++) {
            String name = database + "-node-" + node;
            starting.add(threads.submit(() -> {
                go.await();
                return start(name, database);
            }));
        }
        go.countDown();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        Throwable failure = null;
        for (Future<ConfigurableApplicationContext> node : starting) {
            try {
                nodes.add(node.get(10, TimeUnit.MINUTES));
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        threads.shutdown();
        if (failure != null) {
            nodes.forEach(ConfigurableApplicationContext::close);
            throw new AssertionError("A node failed to start on " + database + ": " + failure, failure);
        }
        return nodes;
    }

    private static ConfigurableApplicationContext start(String name, String database) {
        // command-line arguments: they outrank application-test.yaml's H2 URL
        return new SpringApplicationBuilder(ServiceDeskApplication.class).profiles("test").run(
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=",
                "--server.port=0",
                // the webapps keep their engine in static state: a second context with them would take over
                // the webapps of the suite's other tests in this JVM
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.generic-properties.properties.hostname=" + name);
    }

    private static void assertCreatedOnce(String database, String when) throws SQLException {
        assertThat(rows(database, "select name_ from act_ru_filter group by name_ having count(*) > 1"))
                .as("Tasklist filters created twice (%s)", when).isEmpty();
        assertThat(rows(database, "select name_ from act_ru_filter")).as("filters (%s)", when)
                .contains("My tasks", "Helpdesk queue");
        assertThat(rows(database, "select id_ from act_id_group")).as("groups (%s)", when)
                .containsAll(Groups.ALL).doesNotHaveDuplicates();
        assertThat(rows(database, "select coalesce(group_id_, user_id_) || ' ' || resource_type_ || ' '"
                + " || resource_id_ from act_ru_authorization group by group_id_, user_id_, resource_type_,"
                + " resource_id_ having count(*) > 1")).as("authorizations granted twice (%s)", when).isEmpty();
        assertThat(rows(database, "select key_ from act_re_procdef group by key_ having count(*) > 1"))
                .as("processes deployed twice (%s)", when).isEmpty();
        assertThat(rows(database, "select id from clients")).as("demo clients (%s)", when)
                .containsExactlyInAnyOrder("northwind", "brandt", "cobalt");
        assertThat(rows(database, "select user_id_ from act_id_membership where group_id_ = 'dispatch'"))
                .as("dispatch members (%s)", when).containsExactly("dispatcher");
    }

    private static List<String> rows(String database, String sql) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    private static int count(String database, String sql) throws SQLException {
        return Integer.parseInt(rows(database, sql).get(0));
    }
}
