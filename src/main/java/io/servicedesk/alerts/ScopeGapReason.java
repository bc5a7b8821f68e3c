package io.servicedesk.alerts;

/** Why a report or an alert is a scope gap. */
public enum ScopeGapReason {
    /** No label names a client we know. */
    UNKNOWN_CLIENT,
    /** The client has no contract in force: nothing promises support. */
    NO_CONTRACT,
    /** The system is not in the client's catalog. */
    UNKNOWN_ASSET,
    /** The system is in the catalog, but outside the contract's scope. */
    OUT_OF_SCOPE
}
