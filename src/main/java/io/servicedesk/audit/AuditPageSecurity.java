package io.servicedesk.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The evidence page logs in with a form (a session and CSRF protection, like the Camunda webapps), with the
 * same users and groups as everything else; only auditors, duty managers and administrators get in. The API
 * under /api/audit keeps HTTP Basic.
 */
@Configuration
class AuditPageSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain auditPages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(path.matcher("/audit/**"), path.matcher("/audit")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/audit/login"), path.matcher("/audit/denied")).permitAll()
                        .anyRequest().hasAnyAuthority(AuditorsOnly.authorities()))
                .formLogin(form -> form.loginPage("/audit/login").defaultSuccessUrl("/audit", false)
                        .failureUrl("/audit/login?error").permitAll())
                .logout(logout -> logout.logoutRequestMatcher(path.matcher(org.springframework.http.HttpMethod.POST,
                        "/audit/logout")).logoutSuccessUrl("/audit/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/audit/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self' "
                                + "'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                                + "base-uri 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
