package io.servicedesk.incident;

/** A part of the incident view that another feature owns (communications, vendor cases, scoped services, review). */
public interface IncidentSection {

    /** The JSON field name in GET /api/incidents/{ticket}. */
    String name();

    Object of(Incident incident);
}
