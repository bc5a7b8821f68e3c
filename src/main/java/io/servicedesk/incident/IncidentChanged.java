package io.servicedesk.incident;

/**
 * Published by {@link IncidentRegister} for every change of an incident, with the timeline line that
 * records it, inside the transaction of the change: a feature that keeps its own view of incidents (the
 * audit evidence) listens synchronously and commits or rolls back together with the change.
 */
public record IncidentChanged(Incident incident, IncidentEvent line) {

    public TimelineEvent type() {
        return TimelineEvent.valueOf(line.getType());
    }
}
