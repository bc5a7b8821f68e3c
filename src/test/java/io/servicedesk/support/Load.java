package io.servicedesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients posting incident reports concurrently, as portals and monitoring systems do: each report with
 * its own Idempotency-Key, a 429/503 answered by waiting its Retry-After and sending the same report
 * again. Records every answer and its latency.
 */
public final class Load {

    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\"(INC-\\d+)\"");

    private final URI reports;
    private final String authorization;
    private final int clients;
    private final HttpClient http;

    /** {@code authorization}: the Authorization header of every request, e.g. {@link #basic}. */
    public Load(int port, String authorization, int clients) {
        this.reports = URI.create("http://localhost:" + port + "/api/incidents");
        this.authorization = authorization;
        this.clients = clients;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, clients / 2)))
                .build();
    }

    /** What the clients saw. Latencies are of first attempts that were answered, in nanoseconds. */
    public record Result(int reports, List<String> acknowledged, Map<Integer, Integer> statuses, int transportErrors,
            int retriesAfter, long[] latencies, long startedNanos, long lastAnswerNanos, List<String> problems) {

        public int errors() {
            return transportErrors + statuses.entrySet().stream()
                    .filter(status -> status.getKey() != 200 && status.getKey() != 201 && status.getKey() != 429
                            && status.getKey() != 503)
                    .mapToInt(Map.Entry::getValue).sum();
        }

        public double seconds() {
            return (lastAnswerNanos - startedNanos) / 1e9;
        }

        public double perSecond() {
            return acknowledged.size() / seconds();
        }

        /** A latency percentile in milliseconds. */
        public double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** Posts {@code total} reports, {@code body.apply(i)} for i = 0..total-1, and waits for every answer. */
    public Result post(int total, IntFunction<String> body) {
        AtomicInteger next = new AtomicInteger();
        return run(() -> next.get() >= total, () -> {
            int index = next.getAndIncrement();
            return index < total ? index : -1;
        }, body);
    }

    /** Posts reports until {@code stop} says so; reports in flight are still answered (or fail). */
    public Result postUntil(BooleanSupplier stop, IntFunction<String> body) {
        AtomicInteger next = new AtomicInteger();
        return run(stop, next::getAndIncrement, body);
    }

    private Result run(BooleanSupplier stop, java.util.function.IntSupplier indexes, IntFunction<String> body) {
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger transportErrors = new AtomicInteger();
        AtomicInteger retriesAfter = new AtomicInteger();
        AtomicInteger sentReports = new AtomicInteger();
        long[][] latencies = new long[clients][];
        AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            int me = client;
            workers.execute(() -> {
                long[] mine = new long[1024];
                int count = 0;
                while (!stop.getAsBoolean()) {
                    int index = indexes.getAsInt();
                    if (index < 0) {
                        break;
                    }
                    sentReports.incrementAndGet();
                    String key = UUID.randomUUID().toString();
                    String json = body.apply(index);
                    boolean first = true;
                    while (true) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(reports)
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", authorization)
                                    .header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            long answered = System.nanoTime();
                            lastAnswer.accumulateAndGet(answered, Math::max);
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (first) {
                                if (count == mine.length) {
                                    mine = Arrays.copyOf(mine, count * 2);
                                }
                                mine[count++] = answered - sent;
                                first = false;
                            }
                            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                            if ((response.statusCode() == 429 || response.statusCode() == 503) && retryAfter != null) {
                                retriesAfter.incrementAndGet();
                                sleep(Math.max(100, Long.parseLong(retryAfter.trim()) * 1000));
                                continue;
                            }
                            Matcher ticket = TICKET.matcher(response.body());
                            if ((response.statusCode() == 201 || response.statusCode() == 200) && ticket.find()) {
                                acknowledged.add(ticket.group(1));
                            } else if (problems.size() < 20) {
                                problems.add(response.statusCode() + " " + response.body());
                            }
                        } catch (IOException e) {
                            transportErrors.incrementAndGet();
                            if (problems.size() < 20) {
                                problems.add(e.toString());
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        break;
                    }
                }
                latencies[me] = Arrays.copyOf(mine, count);
            });
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("Load did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long[] all = Arrays.stream(latencies).filter(java.util.Objects::nonNull).flatMapToLong(Arrays::stream).toArray();
        return new Result(sentReports.get(), List.copyOf(acknowledged), new TreeMap<>(statuses), transportErrors.get(),
                retriesAfter.get(), all, started, lastAnswer.get(), List.copyOf(problems));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
