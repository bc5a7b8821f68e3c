package io.servicedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The service in a JVM of its own, started the way an operator starts it (main class, profile and
 * settings from the environment), so that a test can kill it with SIGKILL and start it again on the same
 * data. Runs from the test JVM's class path minus the test classes: what the jar would contain. Its
 * output goes to {@code target/service-logs/{name}.log}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the service with these environment variables (e.g. {@code SPRING_PROFILES_ACTIVE},
     * {@code SERVICEDESK_DB_URL}) on a free port, and returns once it answers HTTP, or fails after the
     * time-out with the end of its log.
     */
    public static ServiceProcess start(String name, Map<String, String> environment, Duration timeout,
            String... jvmOptions) {
        return startIn(null, name, environment, timeout, jvmOptions);
    }

    /**
     * The same, with this working directory (null: the test's): the embedded default keeps its database
     * under {@code ./data} there.
     */
    public static ServiceProcess startIn(Path directory, String name, Map<String, String> environment,
            Duration timeout, String... jvmOptions) {
        int port = freePort();
        Path log = Path.of("target", "service-logs", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(jvmOptions));
            command.add("-cp");
            command.add(serviceClassPath());
            command.add("io.servicedesk.ServiceDeskApplication");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            builder.environment().put("PORT", String.valueOf(port));
            Process process = builder.start();
            // a test JVM that is stopped does not leave its services running
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ServiceProcess service = new ServiceProcess(name, port, log, process);
            service.awaitUp(timeout);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** The same settings as a map, in the order given: {@code env("A", "1", "B", "2")}. */
    public static Map<String, String> env(String... keysAndValues) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            environment.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return environment;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Api api() {
        return new Api(port);
    }

    /**
     * Waits until this user can log in to the API: the service answers HTTP before its start-up setup
     * (users, groups) is done, unless Actuator's readiness says so.
     */
    public ServiceProcess awaitLogin(String user, String password, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (api().send(user, password, "GET", "/api/clients", null, Map.of()).status() == 401) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user + " cannot log in to " + name + " after " + timeout + ":\n" + logTail(40));
            }
            sleep(250);
        }
        return this;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as a power cut or the OOM killer would do it. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    public String logTail(int lines) {
        try (Stream<String> all = Files.lines(log)) {
            List<String> list = all.toList();
            return list.subList(Math.max(0, list.size() - lines), list.size()).stream()
                    .collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting:\n"
                        + logTail(60));
            }
            try {
                // ready means set up (users, groups, filters) and accepting work; without Actuator, any answer
                HttpResponse<Void> readiness = get("/actuator/health/readiness");
                if (readiness.statusCode() == 200
                        || readiness.statusCode() == 404 && get("/api/clients").statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError(name + " did not answer within " + timeout + ":\n" + logTail(60));
    }

    private HttpResponse<Void> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(2)).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The test JVM's class path without test classes (Surefire hides the real one behind a booter jar). */
    private static String serviceClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
