package io.servicedesk.audit;

import io.servicedesk.platform.ApiProblem;
import io.servicedesk.platform.Groups;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Evidence is for auditors and duty managers (and administrators): everybody else is refused, read-only or not. */
final class AuditorsOnly {

    static final Set<String> GROUPS = Set.of(Groups.AUDITOR, Groups.DUTY_MANAGER, Groups.ADMIN);

    private AuditorsOnly() {
    }

    static String[] authorities() {
        return GROUPS.stream().map(Groups::authority).toArray(String[]::new);
    }

    static void check(Authentication user) {
        Set<String> allowed = Set.of(authorities());
        if (user == null || user.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(allowed::contains)) {
            throw new NotAnAuditor();
        }
    }

    static class NotAnAuditor extends ApiProblem {
        NotAnAuditor() {
            super(HttpStatus.FORBIDDEN, null, "Audit evidence is for the groups auditor and duty-manager");
        }
    }
}
