package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One user store, Camunda's identity service. People log into the webapps on their own pages (Tasklist works
 * through the webapps' session-bound REST API, limited by Camunda authorizations); /api takes HTTP Basic for
 * people and API tokens (Bearer) for technical accounts, with the user's Camunda groups as roles; /engine-rest is
 * for operators (camunda-admin) only. Failed logins are throttled on every path, before anything else runs.
 */
@Configuration
class SecurityConfiguration {

    private static final String[] CATALOG = {"/api/clients/**", "/api/contracts/**", "/api/assets/**"};
    private static final String BASIC_CHALLENGE = "Basic realm=\"servicedesk\"";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, Authenticator authenticator) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> writeProblem(json, response,
                HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic as a service-desk user, or send a technical "
                        + "account's API token as 'Authorization: Bearer <token>'", true);
        String[] staff = Groups.authorities(Groups.STAFF);
        String[] workers = Groups.authorities(Stream.concat(Groups.WORKERS.stream(), Stream.of(Groups.ADMIN)).toList());
        http.securityMatcher(path.matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/api/accounts/**"), path.matcher("/api/accounts"))
                        .hasAuthority(Groups.authority(Groups.ADMIN))
                        // client-bound accounts read their own client's incidents (ClientAccess), monitoring reads
                        // nothing; whatever else appears under /api is for staff unless it says otherwise here
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/incidents"),
                                path.matcher(HttpMethod.GET, "/api/incidents/*"))
                        .hasAnyAuthority(with(staff, Groups.INTAKE))
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/**")).hasAnyAuthority(staff)
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents"))
                        .hasAnyAuthority(with(workers, Groups.INTAKE, Groups.MONITORING))
                        .requestMatchers(matchers(path, CATALOG))
                        .hasAnyAuthority(Groups.authority(Groups.DISPATCH), Groups.authority(Groups.ADMIN))
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents/*/priority"),
                                path.matcher(HttpMethod.POST, "/api/incidents/*/owner"))
                        .hasAnyAuthority(Groups.authority(Groups.DISPATCH), Groups.authority(Groups.DUTY_MANAGER),
                                Groups.authority(Groups.ADMIN))
                        // the client's answers: by staff on the client's behalf, or by the client's own account
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents/*/approvals"),
                                path.matcher(HttpMethod.POST, "/api/incidents/*/confirmation"))
                        .hasAnyAuthority(with(workers, Groups.INTAKE))
                        // Alertmanager's webhook: the MSP's monitoring account
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/alerts/**"))
                        .hasAnyAuthority(Groups.authority(Groups.MONITORING), Groups.authority(Groups.ADMIN))
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents/*/vendor-updates"))
                        .hasAnyAuthority(Groups.authority(Groups.VENDOR_MANAGEMENT), Groups.authority(Groups.ADMIN),
                                Groups.authority(Groups.VENDOR_INTEGRATION))
                        .anyRequest().hasAnyAuthority(workers))
                .addFilterBefore(new BearerTokenFilter(authenticator, unauthenticated), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("servicedesk").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied(json, "Your groups do not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Camunda's REST API can change anything in the engine (variables, deployments, identities): operators
     * only. People work through Tasklist and /api; Camunda Modeler deploys as an operator.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, ObjectMapper json, IdentityService identityService)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> writeProblem(json, response,
                HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic as an operator (camunda-admin)", true);
        http.securityMatcher(path.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Groups.authority(Groups.ADMIN)))
                .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class)
                .httpBasic(basic -> basic.realmName("servicedesk").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied(json, "Camunda's REST API is for operators (camunda-admin); "
                                + "work incidents in Tasklist and through /api")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The webapps authenticate themselves (their own login, session and CSRF protection). Closed for good:
     * Camunda Admin's first-user setup (the administrator comes from the environment or the demo) and the
     * password oracle /identity/verify, which Tasklist does not use.
     */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http, ObjectMapper json) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        AuthenticationEntryPoint closed = (request, response, e) -> writeProblem(json, response,
                HttpStatus.FORBIDDEN, "Closed: the administrator comes from the environment, and passwords are "
                        + "checked only by logging in", false);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/camunda/api/admin/setup/**")).denyAll()
                        .requestMatchers(path.matcher("/camunda/api/engine/engine/*/identity/verify")).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(closed)
                        .accessDeniedHandler((request, response, e) -> closed.commence(request, response, null)))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    AuthenticationProvider camundaIdentityAuthentication(Authenticator authenticator) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Object secret = authentication.getCredentials();
                Account account = authenticator.basic(authentication.getName(), secret == null ? null : secret.toString());
                return UsernamePasswordAuthenticationToken.authenticated(account, null, Authenticator.authorities(account));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** Before Spring Security, so that throttled logins cost nothing, on /api, /engine-rest and the webapps' login. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottle(ServiceDeskProperties properties, ServiceClock clock,
            ObjectMapper json) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
                new LoginThrottleFilter(new LoginThrottle(properties.login(), clock::now), json));
        registration.setName("servicedesk-login-throttle");
        registration.setOrder(-110);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(ServiceDeskProperties properties, ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.api().maxRequestBytes(), json));
        registration.setName("servicedesk-api-size-limit");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-120);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> engineRequestSizeLimit(ServiceDeskProperties properties,
            ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.api().maxEngineRequestBytes(), json));
        registration.setName("servicedesk-engine-size-limit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(-120);
        return registration;
    }

    static void writeProblem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
            boolean challenge) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static AccessDeniedHandler denied(ObjectMapper json, String detail) {
        return (request, response, e) -> writeProblem(json, response, HttpStatus.FORBIDDEN, detail, false);
    }

    private static String[] with(String[] authorities, String... groups) {
        return Stream.concat(Stream.of(authorities), Stream.of(groups).map(Groups::authority)).toArray(String[]::new);
    }

    private static RequestMatcher[] matchers(PathPatternRequestMatcher.Builder path, String... patterns) {
        return Stream.of(patterns).map(path::matcher).toArray(RequestMatcher[]::new);
    }
}
