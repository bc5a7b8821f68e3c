package io.servicedesk.contract;

/** How much the business depends on an asset; an input of triage. */
public enum Criticality {
    HIGH, MEDIUM, LOW
}
