package io.servicedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Engine nodes of the service on one PostgreSQL database, configured as docker/compose.yaml configures
 * them (profiles prod and cluster, mail by SMTP to the test's GreenMail), started at the same moment. With
 * {@code SERVICEDESK_IMAGE} set (.ci/run sets it) each node is a container of that image, otherwise a JVM
 * from the class path ({@link ServiceProcess}). The administrator is {@code admin} with {@link Api#PASSWORD}.
 */
public final class Cluster implements AutoCloseable {

    public static final Duration START = Duration.ofMinutes(8);

    /** A node as tests drive it, whichever way it runs. */
    public interface Node extends AutoCloseable {

        String name();

        Api api();

        boolean isAlive();

        /** SIGKILL: no shutdown, as a crash or the OOM killer. */
        void kill();

        /** SIGTERM: the engine closes and writes its metrics to the database. */
        void stop();

        @Override
        void close();
    }

    private final PostgresServer postgres;
    private final String database;
    private final List<Node> nodes;

    private Cluster(PostgresServer postgres, String database, List<Node> nodes) {
        this.postgres = postgres;
        this.database = database;
        this.nodes = nodes;
    }

    /**
     * Creates the database and starts {@code size} nodes on it together; {@code settings} are environment
     * variables on top of the cluster's (a job-executor setting to measure, say).
     */
    public static Cluster start(PostgresServer postgres, String database, int size, Map<String, String> settings)
            throws Exception {
        postgres.createDatabase(database);
        ExecutorService starting = Executors.newFixedThreadPool(size);
        List<Future<Node>> started = new ArrayList<>();
        try {
            for (int i = 1; i <= size; i++) {
                String name = "node-" + i;
                started.add(starting.submit(() -> node(postgres, database, name, settings)));
            }
            List<Node> nodes = new ArrayList<>();
            Exception failure = null;
            for (Future<Node> node : started) {
                try {
                    nodes.add(node.get(START.toMinutes() + 1, TimeUnit.MINUTES));
                } catch (Exception e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                nodes.forEach(Node::close);
                throw failure;
            }
            return new Cluster(postgres, database, nodes);
        } finally {
            starting.shutdown();
        }
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /**
     * A client whose one contact is {@code mail}, with a contract that is open day and night: every report
     * is worked at once, and handed to engineering after {@code handoffMinutes} (a timer).
     */
    public void addRoundTheClockClient(String clientId, String mail, int handoffMinutes) {
        Api admin = nodes.get(0).api();
        Api.Response client = admin.post("admin", "/api/clients", Api.json(Map.of("id", clientId,
                "name", clientId + " clinics", "contacts", List.of(Map.of("name", clientId + " IT desk",
                        "email", mail)))));
        if (client.status() != 201) {
            throw new AssertionError("Client not created: " + client.status() + " " + client.body());
        }
        List<Map<String, Object>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("day", day, "opens", "00:00", "closes", "00:00"));
        }
        Map<String, Object> target = Map.of("responseMinutes", 15, "resolutionMinutes", 240,
                "handoffMinutes", handoffMinutes);
        Map<String, Object> contract = new HashMap<>();
        contract.put("id", clientId + "-24x7");
        contract.put("clientId", clientId);
        contract.put("name", "Round-the-clock support");
        contract.put("timeZone", "UTC");
        contract.put("afterHoursCoverage", "ALL");
        contract.put("defaultOwner", "admin");
        contract.put("supportHours", hours);
        contract.put("targets", Map.of("P1", target, "P2", target, "P3", target, "P4", target));
        Api.Response created = admin.post("admin", "/api/contracts", Api.json(contract));
        if (created.status() != 201) {
            throw new AssertionError("Contract not created: " + created.status() + " " + created.body());
        }
    }

    public Connection connect() throws SQLException {
        return postgres.connect(database);
    }

    /** The first column of every row; parameters may be strings, numbers or instants. */
    public List<String> strings(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i] instanceof Instant instant ? Timestamp.from(instant)
                        : parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows of two columns as a map from the first to the list of seconds, in query order. */
    public Map<String, List<String>> pairs(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i] instanceof Instant instant ? Timestamp.from(instant)
                        : parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                while (rows.next()) {
                    values.computeIfAbsent(rows.getString(1), any -> new ArrayList<>()).add(rows.getString(2));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        nodes.forEach(Node::close);
    }

    private static Node node(PostgresServer postgres, String database, String name, Map<String, String> settings) {
        GreenMail mail = TestMailServer.server();
        Map<String, String> environment = ServiceProcess.env(
                "SPRING_PROFILES_ACTIVE", "prod,cluster",
                "SERVICEDESK_NODE_NAME", name,
                "SERVICEDESK_DB_URL", postgres.jdbcUrl(database),
                "SERVICEDESK_DB_USER", PostgresServer.USER,
                "SERVICEDESK_DB_PASSWORD", "unused-with-trust-authentication",
                "SERVICEDESK_ADMIN_ID", "admin",
                "SERVICEDESK_ADMIN_PASSWORD", Api.PASSWORD,
                "SERVICEDESK_MAIL_DELIVERY", "smtp",
                "SERVICEDESK_MAIL_HOST", "127.0.0.1",
                "SERVICEDESK_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
        environment.putAll(settings);
        String memory = environment.getOrDefault("JAVA_TOOL_OPTIONS", "-Xmx512m -XX:+UseSerialGC");
        if (ServiceContainer.imageGiven()) {
            environment.put("JAVA_TOOL_OPTIONS", memory);
            return new ContainerNode(name, ServiceContainer.start(ServiceContainer.image(), name, environment, START));
        }
        environment.remove("JAVA_TOOL_OPTIONS");
        return new ProcessNode(name, ServiceProcess.start(name, environment, START, memory.split(" ")));
    }

    /** The container of a node, where the nodes run from the image under test. */
    public ServiceContainer containerOf(int index) {
        if (nodes.get(index) instanceof ContainerNode node) {
            return node.container();
        }
        throw new IllegalStateException("The nodes run from the class path, not from an image");
    }

    private record ContainerNode(String name, ServiceContainer container) implements Node {

        @Override
        public Api api() {
            return container.api();
        }

        @Override
        public boolean isAlive() {
            return container.isAlive();
        }

        @Override
        public void kill() {
            container.kill();
        }

        @Override
        public void stop() {
            container.stop();
        }

        @Override
        public void close() {
            container.close();
        }
    }

    private record ProcessNode(String name, ServiceProcess process) implements Node {

        @Override
        public Api api() {
            return process.api();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public void kill() {
            process.kill();
        }

        @Override
        public void stop() {
            process.stop();
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /** Waits for a condition, polling each second, for at most the time-out; says whether it came true. */
    public static boolean waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** Waits for a condition, polling each second, and fails with the state it was left in. */
    public static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition,
            java.util.function.Supplier<String> state) {
        if (!waitUntil(timeout, condition)) {
            throw new AssertionError("Not within " + timeout + ": " + state.get());
        }
    }
}
