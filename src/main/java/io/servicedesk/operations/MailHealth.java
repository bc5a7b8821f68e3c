package io.servicedesk.operations;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.mail.MailHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * "mail" in /actuator/health: can the SMTP server be reached? Only where mail is delivered by SMTP; with
 * delivery "log" (the embedded demo) there is no server to check, and Spring's own indicator, which would
 * report one down, is off (management.health.mail.enabled). Not part of readiness: an SMTP outage is
 * absorbed by retried jobs, while taking every node out of the load balancer would stop intake as well.
 */
@Configuration(proxyBeanMethods = false)
class MailHealth {

    @Bean
    @ConditionalOnProperty(name = "servicedesk.mail.delivery", havingValue = "smtp", matchIfMissing = true)
    HealthIndicator mailHealthIndicator(JavaMailSenderImpl mailSender) {
        return new MailHealthIndicator(mailSender);
    }
}
