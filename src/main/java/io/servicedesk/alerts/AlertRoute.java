package io.servicedesk.alerts;

/** Where an alert goes, decided once from its severity, its asset and the contract (see {@link AlertMapping}). */
public enum AlertRoute {
    /** Critical on a system of a client with a contract: an incident through intake, triaged like any report. */
    INCIDENT,
    /** A warning on a system in scope: its owner acknowledges it in Tasklist before the contract's deadline. */
    OWNED,
    /** Not in the catalog, not in scope, or no contract: the service owner decides the scope. */
    SCOPE,
    /** Information only (severity info or none): recorded and counted, nobody is asked to act. */
    RECORD
}
