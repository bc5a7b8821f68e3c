package io.servicedesk.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Our own settings, under servicedesk.* */
@ConfigurationProperties("servicedesk")
public record ServiceDeskProperties(
        @DefaultValue Api api,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo,
        @DefaultValue Mail mail,
        @DefaultValue Login login,
        @DefaultValue Deployment deployment,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /**
     * @param maxRequestBytes largest body /api accepts, with or without Content-Length
     * @param maxEngineRequestBytes largest body the Camunda REST APIs accept (deployments carry whole diagrams)
     */
    public record Api(@DefaultValue("262144") long maxRequestBytes,
            @DefaultValue("4194304") long maxEngineRequestBytes) {
    }

    /**
     * The administrator from the environment: created before the service accepts connections, unlocked and
     * given this password at every start. Outside the demo the service does not start without it.
     */
    public record Admin(String id, String password) {
    }

    /** The demo (users, clients, contracts); chosen explicitly by the demo profile, never a default. */
    public record Demo(@DefaultValue("false") boolean enabled, String password) {
    }

    /** @param delivery "smtp" sends through Spring Mail; "log" records and logs every mail (embedded demo) */
    public record Mail(@DefaultValue("servicedesk@localhost") String from, @DefaultValue("smtp") String delivery) {
    }

    /**
     * Failed logins slow the next ones down, per account and per source address, and both are forgotten a
     * quiet {@code maxBlock} after the last failure: nobody can lock anybody out for good.
     *
     * @param accountFailures failures of one account before its logins are throttled
     * @param sourceFailures failures from one address (any accounts) before its logins are throttled
     * @param maxBlock the longest a throttle lasts after the last failure (at most a minute)
     */
    public record Login(@DefaultValue("5") int accountFailures, @DefaultValue("20") int sourceFailures,
            @DefaultValue("PT1M") Duration maxBlock) {

        public Login {
            if (maxBlock.compareTo(Duration.ofMinutes(1)) > 0 || maxBlock.isNegative()) {
                throw new IllegalArgumentException("servicedesk.login.max-block is between 0 and one minute");
            }
        }
    }

    /**
     * @param remote whether process models may be deployed over HTTP (Camunda Modeler, REST) by camunda-admin;
     *        off, models reach the engine only inside a release
     */
    public record Deployment(@DefaultValue("true") boolean remote) {
    }
}
