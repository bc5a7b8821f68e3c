package io.servicedesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Admission to the API before anything else runs (authentication costs database reads too), and answers
 * to writes held until the embedded database has them in its file.
 */
@Configuration
class ApiBackPressure {

    @Bean
    FilterRegistrationBean<ApiAdmission> apiAdmission(ApiCapacity capacity, ManagementService management,
            ObjectMapper json) {
        FilterRegistrationBean<ApiAdmission> registration = new FilterRegistrationBean<>(new ApiAdmission(capacity,
                () -> management.createJobQuery().executable().count(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** Around everything else, so that no part of an answer leaves before the file has what it reports. */
    @Bean
    FilterRegistrationBean<DurableAcknowledgements.Filter> durableAcknowledgementsFilter(
            DurableAcknowledgements durability) {
        FilterRegistrationBean<DurableAcknowledgements.Filter> registration =
                new FilterRegistrationBean<>(new DurableAcknowledgements.Filter(durability));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
