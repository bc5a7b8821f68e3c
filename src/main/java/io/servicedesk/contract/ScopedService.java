package io.servicedesk.contract;

/** Extra services a contract includes, scopes separately (billable, needs approval) or does not offer. */
public enum ScopedService {
    FIELD_DISPATCH, SOC, PARTNER_SUPPORT
}
