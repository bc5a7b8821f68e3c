package io.servicedesk.alerts;

import java.io.File;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}, or {@code ALERTMANAGER} and
 * {@code AMTOOL}) on free ports, whose only receiver is our webhook. Where it is not installed the test is
 * skipped with the reason, unless {@code SERVICEDESK_ALERTMANAGER_REQUIRED=true} (set by .ci/run) makes
 * that a failure.
 */
final class Alertmanager implements AutoCloseable {

    private final Process process;
    private final Path home;
    private final String url;
    private final String amtool;

    private Alertmanager(Process process, Path home, String url, String amtool) {
        this.process = process;
        this.home = home;
        this.url = url;
        this.amtool = amtool;
    }

    /**
     * Starts Alertmanager sending every alert to the webhook with the monitoring account's API token (Bearer),
     * with the shortest intervals
     * it accepts that still show its behaviour: group_wait and group_interval 1s (must not be zero),
     * repeat_interval 2s (re-sends of alerts that still fire).
     */
    static Alertmanager start(String webhookUrl, String token) {
        String binary = executable("ALERTMANAGER", "/usr/bin/prometheus-alertmanager");
        String amtool = executable("AMTOOL", "/usr/bin/amtool");
        try {
            Path home = Files.createTempDirectory("servicedesk-alertmanager-");
            Files.writeString(home.resolve("alertmanager.yml"), """
                    route:
                      receiver: servicedesk
                      group_by: ['alertname', 'asset']
                      group_wait: 1s
                      group_interval: 1s
                      repeat_interval: 2s
                    receivers:
                      - name: servicedesk
                        webhook_configs:
                          - url: '%s'
                            send_resolved: true
                            max_alerts: 100
                            http_config:
                              authorization:
                                credentials: '%s'
                    """.formatted(webhookUrl, token));
            int port = freePort();
            String listen = "127.0.0.1:" + port;
            Process process = new ProcessBuilder(binary,
                    "--config.file=" + home.resolve("alertmanager.yml"),
                    "--storage.path=" + home.resolve("data"),
                    "--web.listen-address=" + listen,
                    // no gossip with peers: a single instance
                    "--cluster.listen-address=")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("alertmanager.log").toFile())
                    .start();
            Alertmanager alertmanager = new Alertmanager(process, home, "http://" + listen, amtool);
            alertmanager.awaitReady();
            return alertmanager;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code amtool alert add}: labels as name=value, annotations likewise, start and end as given. */
    void add(List<String> labels, List<String> annotations, Instant start, Instant end) {
        List<String> command = new ArrayList<>(List.of(amtool, "alert", "add", "--alertmanager.url=" + url));
        command.addAll(labels);
        annotations.forEach(annotation -> command.add("--annotation=" + annotation));
        command.add("--start=" + start);
        if (end != null) {
            command.add("--end=" + end);
        }
        try {
            Process amtoolRun = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(amtoolRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!amtoolRun.waitFor(30, TimeUnit.SECONDS) || amtoolRun.exitValue() != 0) {
                throw new AssertionError("amtool failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        try {
            return Files.readString(home.resolve("alertmanager.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp directory left behind
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new AssertionError("Alertmanager stopped:\n" + log());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        close();
        throw new AssertionError("Alertmanager did not become ready:\n" + log());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String executable(String variable, String debianPath) {
        String configured = System.getenv(variable);
        String path = configured != null && !configured.isBlank() ? configured : debianPath;
        if (new File(path).canExecute()) {
            return path;
        }
        String missing = path + " is not installed (Debian: apt-get install prometheus-alertmanager; or set "
                + variable + ")";
        if (Boolean.parseBoolean(System.getenv("SERVICEDESK_ALERTMANAGER_REQUIRED"))) {
            throw new AssertionError(missing);
        }
        Assumptions.abort(missing);
        return path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
