package io.servicedesk.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>}: a technical account's API token (Alertmanager's http_config sends one). */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Authenticator authenticator;
    private final AuthenticationEntryPoint unauthenticated;

    BearerTokenFilter(Authenticator authenticator, AuthenticationEntryPoint unauthenticated) {
        this.authenticator = authenticator;
        this.unauthenticated = unauthenticated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Account account = authenticator.bearer(header.substring(PREFIX.length()).trim());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                    Authenticator.authorities(account)));
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException refused) {
            SecurityContextHolder.clearContext();
            unauthenticated.commence(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }
}
