package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way to try a password or a token goes through here: HTTP Basic or Bearer on /api and /engine-rest, and
 * the webapps' login form. A throttled attempt is answered 429 with Retry-After before any password is checked;
 * the answer to the others (401 or not) counts as a failure or a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final int MAX_LOGIN_FORM_BYTES = 8192;

    private final LoginThrottle throttle;
    private final ObjectMapper json;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    private record Attempt(HttpServletRequest request, String account) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Attempt attempt = attempt(request);
        if (attempt != null && attempt.request() == null) {
            SecurityConfiguration.writeProblem(json, response, HttpStatus.PAYLOAD_TOO_LARGE,
                    "A login form has at most " + MAX_LOGIN_FORM_BYTES + " bytes", false);
            return;
        }
        if (attempt == null) {
            chain.doFilter(request, response);
            return;
        }
        String source = request.getRemoteAddr();
        Optional<LoginThrottle.Wait> wait = throttle.check(source, attempt.account());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.get().seconds()));
            SecurityConfiguration.writeProblem(json, response, HttpStatus.TOO_MANY_REQUESTS, wait.get().reason()
                    + "; try again in " + wait.get().seconds() + " s", false);
            return;
        }
        chain.doFilter(attempt.request(), response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(source, attempt.account());
        } else if (response.getStatus() < 400 || response.getStatus() == HttpStatus.FORBIDDEN.value()) {
            throttle.succeeded(attempt.account());
        }
    }

    /**
     * The attempt this request makes, with the account it names (null for a token); null if it is no login; one
     * without a request if the login form is too large to be one.
     */
    private static Attempt attempt(HttpServletRequest request) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HttpMethod.POST.matches(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            CachedBodyRequest form = CachedBodyRequest.read(request, MAX_LOGIN_FORM_BYTES);
            return form == null ? new Attempt(null, null) : new Attempt(form, formField(form.body(), "username"));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !(path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new Attempt(request, basicUser(authorization.substring(6).trim()));
        }
        return new Attempt(request, null);
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String formField(byte[] body, String name) {
        try {
            return decodedField(body, name);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String decodedField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
