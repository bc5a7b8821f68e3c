package io.servicedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Talks to the running service over real HTTP, as a portal or a dispatcher's script would. */
public class Api {

    public static final String PASSWORD = "test-secret";
    /** The demo's technical accounts: they authenticate with an API token (Bearer), never a password. */
    public static final java.util.Set<String> TECHNICAL = java.util.Set.of("northwind-portal", "brandt-portal",
            "cobalt-portal", "monitoring", "pacific-fiber");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(int port) {
        this.port = port;
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public Response get(String user, String path) {
        return send(user, PASSWORD, "GET", path, null, Map.of());
    }

    public Response post(String user, String path, String body) {
        return send(user, PASSWORD, "POST", path, body, Map.of());
    }

    public Response post(String user, String path, String body, Map<String, String> headers) {
        return send(user, PASSWORD, "POST", path, body, headers);
    }

    public Response put(String user, String path, String body) {
        return send(user, PASSWORD, "PUT", path, body, Map.of());
    }

    public Response send(String user, String password, String method, String path, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (user != null && TECHNICAL.contains(user) && PASSWORD.equals(password)) {
            request.header("Authorization", "Bearer " + token(user));
        } else if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
            return new Response(response.statusCode(), responseHeaders, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The demo API token of a technical account: "&lt;demo password&gt;-&lt;account&gt;". */
    public static String token(String account) {
        return PASSWORD + "-" + account;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }
    }
}
