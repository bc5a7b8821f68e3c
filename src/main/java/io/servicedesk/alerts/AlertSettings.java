package io.servicedesk.alerts;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are taken in, under servicedesk.alerts.*
 *
 * @param incidentSeverities   severities that raise an incident (through intake and triage)
 * @param recordOnlySeverities severities that are recorded and counted but ask nobody to act; every
 *                             other severity (warning, or none given) is an owned alert
 * @param scopeGroup           who decides scope when no contract names a service owner (an alert for an
 *                             unknown client)
 * @param scopeDecisionDays    days such a decision is due in (a contract's own decisions use its terms)
 * @param reporterName         the reporter of incidents raised from alerts
 * @param reporterEmail        their address; default: the service's own sender address
 */
@ConfigurationProperties("servicedesk.alerts")
record AlertSettings(
        @DefaultValue("critical") List<String> incidentSeverities,
        @DefaultValue({"info", "none"}) List<String> recordOnlySeverities,
        @DefaultValue("dispatch") String scopeGroup,
        @DefaultValue("3") int scopeDecisionDays,
        @DefaultValue("Monitoring (Alertmanager)") String reporterName,
        String reporterEmail) {

    boolean raisesIncident(String severity) {
        return contains(incidentSeverities, severity);
    }

    boolean recordOnly(String severity) {
        return contains(recordOnlySeverities, severity);
    }

    private static boolean contains(List<String> severities, String severity) {
        return severities.stream().anyMatch(known -> known.toLowerCase(Locale.ROOT).equals(severity));
    }
}
