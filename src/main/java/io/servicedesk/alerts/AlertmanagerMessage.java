package io.servicedesk.alerts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.servicedesk.platform.InvalidField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alertmanager's webhook payload, version 4 ({@code notify/webhook/webhook.go}, {@code template.Data}).
 * Fields a newer Alertmanager adds are ignored rather than refused: a 4xx makes Alertmanager drop the
 * alerts for good, so only a payload that can never be understood is refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerMessage(
        String version,
        String groupKey,
        Long truncatedAlerts,
        String receiver,
        String status,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalURL,
        List<Alert> alerts) {

    static final String VERSION = "4";
    static final String FIRING = "firing";
    static final String RESOLVED = "resolved";
    /** Alertmanager's zero time: endsAt of an alert that still fires. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(String status, Map<String, String> labels, Map<String, String> annotations, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String generatorURL, String fingerprint) {
    }

    /** One alert of the message, checked and normalised. */
    record Notified(String fingerprint, boolean resolved, Map<String, String> labels, Map<String, String> annotations,
            Instant startsAt, Instant endsAt, String generatorURL) {

        String label(String name) {
            String value = labels.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        String alertname() {
            return label("alertname");
        }

        String severity() {
            String severity = label("severity");
            return severity == null ? "none" : severity.toLowerCase(java.util.Locale.ROOT);
        }

        String summary() {
            String summary = annotation("summary");
            if (summary == null) {
                summary = annotation("message");
            }
            return summary == null ? alertname() : summary;
        }

        String description() {
            return annotation("description");
        }

        /** The label set as Prometheus prints it, sorted: {alertname="DiskSpaceLow", instance="rds01:9100"}. */
        String labelsText() {
            return new TreeMap<>(labels).entrySet().stream()
                    .map(entry -> entry.getKey() + "=\"" + entry.getValue() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        Instant endsAtOr(Instant fallback) {
            return endsAt == null ? fallback : endsAt;
        }

        private String annotation(String name) {
            String value = annotations.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** The alerts, or the first field that makes this message impossible to take in. */
    List<Notified> notified() {
        if (!VERSION.equals(version)) {
            throw new InvalidField("version", "Only version 4 of Alertmanager's webhook payload is understood, not "
                    + (version == null ? "a message without version" : "'" + version + "'"));
        }
        if (alerts == null) {
            throw new InvalidField("alerts", "must be present (an empty list is fine)");
        }
        List<Notified> notified = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            notified.add(checked(alerts.get(i), "alerts[" + i + "]"));
        }
        return notified;
    }

    private static Notified checked(Alert alert, String field) {
        if (alert == null) {
            throw new InvalidField(field, "must be an alert, not null");
        }
        if (!FIRING.equals(alert.status()) && !RESOLVED.equals(alert.status())) {
            throw new InvalidField(field + ".status", "must be firing or resolved");
        }
        Map<String, String> labels = withoutNulls(alert.labels());
        String alertname = labels.get("alertname");
        if (alertname == null || alertname.isBlank()) {
            throw new InvalidField(field + ".labels.alertname", "every alert needs an alertname label");
        }
        if (alert.startsAt() == null) {
            throw new InvalidField(field + ".startsAt", "must be the time the alert started firing");
        }
        String fingerprint = alert.fingerprint() == null || alert.fingerprint().isBlank()
                ? fingerprintOf(labels) : alert.fingerprint().trim();
        if (fingerprint.length() > 64) {
            throw new InvalidField(field + ".fingerprint", "has at most 64 characters (Alertmanager sends 16)");
        }
        Instant endsAt = alert.endsAt() == null || !alert.endsAt().toInstant().isAfter(GO_ZERO_TIME) ? null
                : alert.endsAt().toInstant();
        return new Notified(fingerprint, RESOLVED.equals(alert.status()), labels, withoutNulls(alert.annotations()),
                alert.startsAt().toInstant(), endsAt, alert.generatorURL());
    }

    private static Map<String, String> withoutNulls(Map<String, String> map) {
        return map == null ? Map.of() : map.entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Alertmanager always sends a fingerprint; a sender that does not gets one from the label set, as Alertmanager would. */
    private static String fingerprintOf(Map<String, String> labels) {
        try {
            String canonical = new TreeMap<>(labels).toString();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "sd" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
