package io.servicedesk.incident;

import java.time.Instant;

/**
 * Published by {@link IncidentRegister} for every change of an incident, inside the transaction of the change:
 * a feature that keeps its own view of incidents (the audit evidence) listens synchronously and commits or
 * rolls back together with the change.
 *
 * @param line the timeline line that records the change; null for a change the timeline does not show (the
 *             next client update falling due at a new time)
 */
public record IncidentChanged(Incident incident, IncidentEvent line, Instant at) {

    /** The kind of change; null when it has no timeline line. */
    public TimelineEvent type() {
        return line == null ? null : TimelineEvent.valueOf(line.getType());
    }
}
