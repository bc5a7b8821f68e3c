package io.servicedesk.intake;

/**
 * A report named a system that is not in the client's catalog, or one outside the contract's scope. The
 * incident is taken in all the same; whoever decides scope hears of it (published inside the intake's
 * transaction, so both commit together).
 *
 * @param assetId  the catalog's asset, or null when the reported one is not in the catalog
 * @param assetRef what the report named
 */
public record ScopeGapReported(String clientId, String contractId, String assetId, String assetRef, String ticket,
        String summary) {
}
