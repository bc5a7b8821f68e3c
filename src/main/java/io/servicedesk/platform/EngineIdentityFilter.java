package io.servicedesk.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls /engine-rest (as Camunda's own authentication filter would), so that its
 * authorizations and the rules of {@link EngineGuardPlugin} apply and the operation log names the operator.
 */
class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    EngineIdentityFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var account = Account.current();
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(account.get().id(), account.get().groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
