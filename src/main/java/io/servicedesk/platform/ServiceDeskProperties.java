package io.servicedesk.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Our own settings, under servicedesk.* */
@ConfigurationProperties("servicedesk")
public record ServiceDeskProperties(
        @DefaultValue Api api,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo,
        @DefaultValue Mail mail,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    public record Api(@DefaultValue("262144") long maxRequestBytes) {
    }

    /** The first administrator; in production it must come from the environment. */
    public record Admin(@DefaultValue("false") boolean required, String id, String password) {
    }

    public record Demo(@DefaultValue("false") boolean enabled, String password) {
    }

    /** @param delivery "smtp" sends through Spring Mail; "log" records and logs every mail (embedded demo) */
    public record Mail(@DefaultValue("servicedesk@localhost") String from, @DefaultValue("smtp") String delivery) {
    }
}
