package io.servicedesk.incident;

/**
 * Published in the transaction that records the incident as resolved: from here on nothing is promised
 * any more (client updates, overnight cover, the resolution target), and whoever keeps such a promise stops.
 */
public record IncidentStabilised(String ticket) {
}
