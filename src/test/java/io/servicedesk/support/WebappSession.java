package io.servicedesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person logged into Tasklist, talking to the webapps' own REST API ({@code /camunda/api/engine/...}) as
 * Tasklist does: session cookie plus Camunda's CSRF token. What such a person can do with a browser's developer
 * tools, this can do.
 */
public final class WebappSession {

    private final int port;
    private final String engine;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken;

    private WebappSession(int port, String engine) {
        this.port = port;
        this.engine = engine;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The answer of the login form itself (200, 401, 429, ...) and the session it opened, if any. */
    public record Login(Api.Response response, WebappSession session) {
    }

    public static Login login(int port, String engine, String user, String password) {
        WebappSession session = new WebappSession(port, engine);
        session.send("GET", "/camunda/api/admin/auth/user/" + engine, null, null);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Api.Response response = session.send("POST", "/camunda/api/admin/auth/user/" + engine + "/login/tasklist",
                form, "application/x-www-form-urlencoded");
        // the login starts a new session: fetch its CSRF token
        session.send("GET", "/camunda/api/admin/auth/user/" + engine, null, null);
        return new Login(response, response.status() == 200 ? session : null);
    }

    /** A call of the engine API behind Tasklist, e.g. {@code engine("PUT", "/task/42/variables/x", json)}. */
    public Api.Response engine(String method, String path, String json) {
        return send(method, "/camunda/api/engine/engine/" + engine + path, json, json == null ? null : "application/json");
    }

    public Api.Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
                if ("XSRF-TOKEN".equals(cookie.getName())) {
                    csrfToken = cookie.getValue();
                }
            }
            return new Api.Response(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
