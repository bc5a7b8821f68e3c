package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One user store, Camunda's identity service: the webapps log in on their own pages, /engine-rest
 * takes HTTP Basic through Camunda's filter, and /api takes HTTP Basic through Spring Security with
 * the user's Camunda groups as roles.
 */
@Configuration
class SecurityConfiguration {

    private static final String[] CATALOG = {"/api/clients/**", "/api/contracts/**", "/api/assets/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        String[] workers = Stream.concat(Groups.WORKERS.stream(), Stream.of(Groups.ADMIN, Groups.INTAKE))
                .map(Groups::authority).toArray(String[]::new);
        http.securityMatcher(path.matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/**")).authenticated()
                        .requestMatchers(Stream.of(CATALOG).map(path::matcher).toArray(
                                org.springframework.security.web.util.matcher.RequestMatcher[]::new))
                        .hasAnyAuthority(Groups.authority(Groups.DISPATCH), Groups.authority(Groups.ADMIN))
                        // monitoring posts alerts, and may report incidents like a portal
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/alerts/alertmanager"))
                        .hasAnyAuthority(Groups.authority(Groups.MONITORING), Groups.authority(Groups.ADMIN))
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents"))
                        .hasAnyAuthority(Stream.concat(Stream.of(workers), Stream.of(Groups.authority(Groups.MONITORING)))
                                .toArray(String[]::new))
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/incidents/*/priority"),
                                path.matcher(HttpMethod.POST, "/api/incidents/*/owner"))
                        .hasAnyAuthority(Groups.authority(Groups.DISPATCH), Groups.authority(Groups.DUTY_MANAGER),
                                Groups.authority(Groups.ADMIN))
                        .anyRequest().hasAnyAuthority(workers))
                .httpBasic(basic -> basic.realmName("servicedesk")
                        .authenticationEntryPoint((request, response, e) -> writeProblem(json, response,
                                HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic as a service-desk user", true)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> writeProblem(json, response,
                                HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic as a service-desk user", true))
                        .accessDeniedHandler((request, response, e) -> writeProblem(json, response,
                                HttpStatus.FORBIDDEN, "Your groups do not allow this", false)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Webapps and /engine-rest authenticate themselves (their own login and CSRF protection). */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    AuthenticationProvider camundaIdentityAuthentication(IdentityService identityService) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                Object password = authentication.getCredentials();
                if (user == null || user.isBlank() || password == null
                        || !identityService.checkPassword(user, password.toString())) {
                    throw new BadCredentialsException("Unknown user or wrong password");
                }
                List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list()
                        .stream().map(Group::getId).map(Groups::authority).map(SimpleGrantedAuthority::new)
                        .toList();
                return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(ServiceDeskProperties properties, ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.api().maxRequestBytes(), json));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    static void writeProblem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
            boolean challenge) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"servicedesk\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
