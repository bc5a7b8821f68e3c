package io.servicedesk.alerts;

import io.servicedesk.support.Api;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Alertmanager webhook notifications (payload version 4) as Alertmanager builds them. */
final class Notifications {

    private Notifications() {
    }

    /** A unique alert name, so tests sharing the database do not count each other's firings. */
    static String unique(String alertname) {
        return alertname + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Alert alert(String alertname) {
        return new Alert(alertname);
    }

    static String message(Alert... alerts) {
        return message(List.of(alerts));
    }

    static String message(List<Alert> alerts) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("receiver", "servicedesk");
        message.put("status", alerts.stream().anyMatch(alert -> alert.status.equals("firing")) ? "firing" : "resolved");
        List<Map<String, Object>> list = new ArrayList<>();
        alerts.forEach(alert -> list.add(alert.json()));
        message.put("alerts", list);
        message.put("groupLabels", Map.of());
        message.put("commonLabels", alerts.size() == 1 ? alerts.get(0).labels : Map.of());
        message.put("commonAnnotations", Map.of());
        message.put("externalURL", "http://alertmanager.test:9093");
        message.put("version", "4");
        message.put("groupKey", "{}:{alertname=\"" + alerts.get(0).labels.get("alertname") + "\"}");
        message.put("truncatedAlerts", 0);
        return Api.json(message);
    }

    static final class Alert {

        final Map<String, String> labels = new TreeMap<>();
        final Map<String, String> annotations = new TreeMap<>();
        String status = "firing";
        Instant startsAt = Instant.parse("2026-11-24T18:00:00Z");
        Instant endsAt;

        Alert(String alertname) {
            labels.put("alertname", alertname);
        }

        Alert label(String name, String value) {
            labels.put(name, value);
            return this;
        }

        Alert severity(String severity) {
            return label("severity", severity);
        }

        Alert asset(String asset) {
            return label("asset", asset);
        }

        Alert client(String client) {
            return label("client", client);
        }

        Alert summary(String summary) {
            annotations.put("summary", summary);
            return this;
        }

        Alert startsAt(Instant at) {
            startsAt = at;
            return this;
        }

        /** A copy that reports the same firing as resolved. */
        Alert resolvedAt(Instant at) {
            Alert resolved = new Alert(labels.get("alertname"));
            resolved.labels.putAll(labels);
            resolved.annotations.putAll(annotations);
            resolved.startsAt = startsAt;
            resolved.status = "resolved";
            resolved.endsAt = at;
            return resolved;
        }

        /** Like Alertmanager: a hash of the label set, 16 hex digits. */
        String fingerprint() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(labels.toString()
                        .getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", status);
            json.put("labels", labels);
            json.put("annotations", annotations);
            json.put("startsAt", startsAt.toString());
            json.put("endsAt", endsAt == null ? "0001-01-01T00:00:00Z" : endsAt.toString());
            json.put("generatorURL", "http://prometheus.test:9090/graph?g0.expr=up");
            json.put("fingerprint", fingerprint());
            return json;
        }
    }
}
