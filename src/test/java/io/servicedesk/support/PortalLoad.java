package io.servicedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client portals reporting P1 incidents to a cluster, from a number of threads, each report to the next
 * node in turn. A portal whose node does not answer, or answers 5xx or 429, retries at the next node with
 * the same Idempotency-Key, as behind a load balancer; a report counts as accepted at its 201 (or 200 for
 * a retry the service recognised).
 */
public final class PortalLoad implements AutoCloseable {

    /** Where and when a report was accepted. */
    public record Accepted(String ticket, String node, Instant at) {
    }

    private final Cluster cluster;
    private final String clientId;
    private final String mail;
    private final String prefix;
    private final ExecutorService portals;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final List<Future<?>> pending = new ArrayList<>();

    public PortalLoad(Cluster cluster, String clientId, String mail, int threads) {
        this.cluster = cluster;
        this.clientId = clientId;
        this.mail = mail;
        this.prefix = clientId + "-" + Instant.now().toEpochMilli() + "-";
        this.portals = Executors.newFixedThreadPool(threads);
    }

    /** Sends reports and returns once each is accepted. */
    public void send(int count) throws Exception {
        sendInBackground(count);
        awaitAll();
    }

    public synchronized void sendInBackground(int count) {
        for (int i = 0; i < count; i++) {
            int number = sequence.incrementAndGet();
            pending.add(portals.submit(() -> report(number)));
        }
    }

    public void awaitAccepted(int count) {
        Cluster.awaitUntil(Duration.ofMinutes(5), () -> accepted.size() >= count,
                () -> accepted.size() + " of " + count + " accepted");
    }

    /** Waits for every report sent so far; fails with the first that was never accepted. */
    public synchronized void awaitAll() throws Exception {
        for (Future<?> report : pending) {
            report.get(6, TimeUnit.MINUTES);
        }
        pending.clear();
    }

    public long acceptedBy(String node, Instant since) {
        return accepted.values().stream().filter(a -> a.node().equals(node) && !a.at().isBefore(since)).count();
    }

    /** Idempotency key to acceptance, in no particular order. */
    public Map<String, Accepted> accepted() {
        return new LinkedHashMap<>(accepted);
    }

    @Override
    public void close() {
        portals.shutdownNow();
    }

    private void report(int number) {
        String key = prefix + number;
        String body = Reports.forClient(clientId).signals(true, 12, false)
                .with("summary", "Practice management system down (" + number + ")")
                .with("reporter", Map.of("name", clientId + " IT desk", "email", mail)).json();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        List<Cluster.Node> nodes = cluster.nodes();
        int node = number % nodes.size();
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Cluster.Node target = nodes.get(node);
            if (target.isAlive()) {
                try {
                    Api.Response response = target.api().post("admin", "/api/incidents", body,
                            Map.of("Idempotency-Key", key));
                    if (response.status() == 201 || response.status() == 200) {
                        accepted.putIfAbsent(key, new Accepted(response.json().get("ticket").asText(), target.name(),
                                Instant.now()));
                        return;
                    }
                    if (response.status() < 500 && response.status() != 429) {
                        throw new AssertionError(key + " refused by " + target.name() + ": " + response.status()
                                + " " + response.body());
                    }
                    last = target.name() + ": " + response.status() + " " + response.body();
                } catch (RuntimeException unreachable) {
                    last = target.name() + ": " + unreachable;
                }
            }
            node = (node + 1) % nodes.size();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(key + " never accepted; last answer: " + last);
    }
}
