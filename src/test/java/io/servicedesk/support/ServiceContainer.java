package io.servicedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The service's container image (docker/build-image), run with podman as an operator runs it: its own
 * entry point, user and health check, settings from the environment. The image to test comes from
 * {@code SERVICEDESK_IMAGE} (.ci/run builds it and sets it); without it the tests that need it are
 * skipped with the reason. The container shares the host's network, so it reaches the test's PostgreSQL
 * and SMTP server on 127.0.0.1. Its output goes to {@code target/service-logs/{name}.log} when it is closed.
 */
public final class ServiceContainer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> runOptions;

    private final String name;
    private final String container;
    private final int port;

    private ServiceContainer(String name, String container, int port) {
        this.name = name;
        this.container = container;
        this.port = port;
    }

    /** The image under test, or the test is skipped (locally) because nobody built one. */
    public static String image() {
        String image = System.getenv("SERVICEDESK_IMAGE");
        Assumptions.assumeTrue(image != null && !image.isBlank(),
                "No container image to test: build one (docker/build-image) and set SERVICEDESK_IMAGE");
        return image;
    }

    /** Whether the tests run the service from the image rather than from the class path. */
    public static boolean imageGiven() {
        String image = System.getenv("SERVICEDESK_IMAGE");
        return image != null && !image.isBlank();
    }

    /** Starts a container of the image and returns once it answers HTTP, like {@link ServiceProcess#start}. */
    public static ServiceContainer start(String image, String name, Map<String, String> environment,
            Duration timeout) {
        ServiceContainer started = create(image, name, environment);
        started.awaitUp(timeout);
        return started;
    }

    /** Starts a container and does not wait: for images expected to stop by themselves. */
    public static ServiceContainer create(String image, String name, Map<String, String> environment) {
        int port = freePort();
        String container = "servicedesk-test-" + name + "-" + ProcessHandle.current().pid();
        podman(false, "rm", "--force", container);
        List<String> command = new ArrayList<>(List.of("run", "--detach", "--name", container, "--network", "host"));
        command.addAll(runOptions(image));
        environment.forEach((key, value) -> command.addAll(List.of("--env", key + "=" + value)));
        command.addAll(List.of("--env", "PORT=" + port, image));
        podman(true, command.toArray(String[]::new));
        return new ServiceContainer(name, container, port);
    }

    /** The image as podman describes it: {@code Config} (User, Env, Entrypoint, ...), {@code Healthcheck}, ... */
    public static JsonNode inspect(String image) {
        try {
            return JSON.readTree(podman(true, "image", "inspect", image)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Api api() {
        return new Api(port);
    }

    public boolean isAlive() {
        return "true".equals(podman(false, "inspect", "--format", "{{.State.Running}}", container).trim());
    }

    /** Waits for the container to stop by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (isAlive()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + " still running after " + timeout + ":\n" + logTail(40));
            }
            sleep(500);
        }
        return Integer.parseInt(podman(true, "inspect", "--format", "{{.State.ExitCode}}", container).trim());
    }

    /** SIGKILL to the service, PID 1 of the container: no shutdown, as a node crash or the OOM killer. */
    public void kill() {
        podman(false, "kill", "--signal", "KILL", container);
        podman(false, "wait", container);
    }

    /** SIGTERM, and a minute to shut down gracefully before SIGKILL. */
    public void stop() {
        podman(false, "stop", "--time", "60", container);
    }

    /** The image's own health check, run once now: true when it passes. */
    public boolean healthy() {
        return run(List.of("healthcheck", "run", container)).exit() == 0;
    }

    /** Runs a command inside the running container and returns its output. */
    public String exec(String... command) {
        List<String> arguments = new ArrayList<>(List.of("exec", container));
        arguments.addAll(Arrays.asList(command));
        return podman(true, arguments.toArray(String[]::new)).trim();
    }

    public String logTail(int lines) {
        String log = podman(false, "logs", container);
        List<String> all = log.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        try {
            Path log = Path.of("target", "service-logs", name + ".log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, podman(false, "logs", container), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // the log is a diagnosis aid; removing the container matters more
        }
        podman(false, "rm", "--force", container);
    }

    private void awaitUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new AssertionError(name + " stopped while starting:\n" + logTail(60));
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + name, e);
            }
            sleep(500);
        }
        String tail = logTail(60);
        close();
        throw new AssertionError(name + " did not become healthy within " + timeout + ":\n" + tail);
    }

    /**
     * What this machine's podman needs to run a container, found once by trying: the defaults, else runc
     * (crun refuses hosts that mix cgroup v1 and v2). Resource limits are passed as the current hard
     * limits, because podman's defaults are higher and raising a limit needs a privilege a sandbox may lack.
     */
    private static synchronized List<String> runOptions(String image) {
        if (runOptions == null) {
            List<String> limits = hardLimits();
            List<List<String>> candidates = List.of(limits, concat(List.of("--runtime", "runc"), limits));
            StringBuilder refusals = new StringBuilder();
            for (List<String> candidate : candidates) {
                List<String> probe = new ArrayList<>(List.of("run", "--rm", "--network", "host", "--entrypoint",
                        "true"));
                probe.addAll(candidate);
                probe.add(image);
                Result result = run(probe);
                if (result.exit() == 0) {
                    runOptions = candidate;
                    return runOptions;
                }
                refusals.append("\n  ").append(candidate).append(": ").append(result.output().trim());
            }
            throw new AssertionError("podman cannot run " + image + " on this machine:" + refusals);
        }
        return runOptions;
    }

    /**
     * Open files as the current hard limit allows (at most 65,536); processes 4,096, which counts the threads
     * of the image's user across the machine: ample for a JVM. Higher values were refused where tried.
     */
    private static List<String> hardLimits() {
        long files = 65_536;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                String[] columns = line.trim().split("\\s{2,}");
                if (columns.length >= 3 && columns[0].equals("Max open files") && !columns[2].equals("unlimited")) {
                    files = Math.min(files, Long.parseLong(columns[2]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: try podman's own default
        }
        return List.of("--ulimit", "nofile=" + files + ":" + files, "--ulimit", "nproc=4096:4096");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private record Result(int exit, String output) {
    }

    private static String podman(boolean check, String... arguments) {
        Result result = run(Arrays.asList(arguments));
        if (check && result.exit() != 0) {
            throw new AssertionError("podman " + String.join(" ", arguments) + " exited with " + result.exit()
                    + ":\n" + result.output());
        }
        return result.output();
    }

    private static Result run(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("podman-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("Timed out: " + command);
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run podman: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
