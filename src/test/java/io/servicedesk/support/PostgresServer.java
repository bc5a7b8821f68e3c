package io.servicedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of its own, from the machine's installation (Debian's {@code postgresql}: binaries
 * under {@code /usr/lib/postgresql/<version>/bin}, or {@code SERVICEDESK_PG_BIN}), in a temporary
 * directory on a free port, that a test can restart under load. PostgreSQL refuses to run as root, so as
 * root the server runs as the {@code postgres} user the package creates. Where there is no installation
 * the test is skipped with the reason, unless {@code SERVICEDESK_POSTGRES_REQUIRED=true} (set by .ci/run)
 * makes that a failure. Its log goes to {@code target/service-logs/postgres-{port}.log}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final Path bin;
    private final Path home;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread stopAtExit;

    private PostgresServer(Path bin, Path home, Path log, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.log = log;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.stopAtExit = new Thread(this::stopImmediately, "stop postgres " + port);
    }

    /** Creates a new cluster (initdb) and starts it; the server is empty but for database {@code postgres}. */
    public static PostgresServer start() {
        Path bin = findBinaries();
        if (bin == null) {
            String missing = "No PostgreSQL server installed for the cluster tests: install Debian's postgresql "
                    + "(binaries in /usr/lib/postgresql/<version>/bin) or set SERVICEDESK_PG_BIN";
            if (Boolean.parseBoolean(System.getenv("SERVICEDESK_POSTGRES_REQUIRED"))) {
                throw new AssertionError(missing);
            }
            Assumptions.abort(missing);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path home = Files.createTempDirectory("servicedesk-postgres-");
            int port = freePort();
            Path log = Path.of("target", "service-logs", "postgres-" + port + ".log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            Files.createFile(log);
            PostgresServer server = new PostgresServer(bin, home, log, port, root);
            if (root) {
                server.exec("chown", "-R", USER + ":", home.toString(), log.toString());
            }
            server.pg("initdb", "-D", server.data.toString(), "-U", USER, "--auth=trust", "--encoding=UTF8",
                    "--locale=C.UTF-8", "--no-sync");
            Runtime.getRuntime().addShutdownHook(server.stopAtExit);
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a PostgreSQL cluster", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    public void createDatabase(String name) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** A clean restart: sessions are ended, connections break, the data stays. */
    public void restart() {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
        startServer();
    }

    public void stop() {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    public void startServer() {
        pg("pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + home
                        + " -c max_connections=200", "start");
    }

    public String logTail(int lines) {
        try (Stream<String> all = Files.lines(log)) {
            List<String> list = all.toList();
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stopImmediately();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    private void stopImmediately() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(false, command("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "30", "stop"));
        }
    }

    private void pg(String program, String... arguments) {
        run(true, command(program, arguments));
    }

    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private void exec(String... command) {
        run(true, List.of(command));
    }

    private void run(boolean check, List<String> command) {
        try {
            Path output = Files.createTempFile("postgres-command-", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + command);
                }
                if (check && process.exitValue() != 0) {
                    throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n"
                            + Files.readString(output) + "\nserver log:\n" + logTail(30));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findBinaries() {
        String configured = System.getenv("SERVICEDESK_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured, "pg_ctl")) ? Path.of(configured) : null;
        }
        Path installations = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installations)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(installations)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("pg_ctl"))
                            && Files.isExecutable(candidate.resolve("initdb")))
                    .max(Comparator.comparingInt(candidate -> versionOf(candidate)))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
