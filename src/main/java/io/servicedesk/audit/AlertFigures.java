package io.servicedesk.audit;

import java.time.Instant;

/**
 * Scope decisions and recurring alerts of a client in a period, for the evidence: the extension point for the
 * alerts feature (Alertmanager intake). Without an implementation the evidence counts scope gaps from
 * incidents alone and says that alerts are not recorded.
 */
public interface AlertFigures {

    Summary summarize(String clientId, Instant from, Instant to);

    /**
     * @param scopeDecisions   alerts or reports on systems outside the contract, routed to the service owner
     * @param addedToContract  of those, decided "add to the contract"
     * @param toldOutsidePlan  of those, decided "tell the client it is outside the plan"
     * @param undecided        of those, not decided yet
     * @param recurringAlerts  the same alert firing repeatedly within the contract's window: problem reviews
     */
    record Summary(long scopeDecisions, long addedToContract, long toldOutsidePlan, long undecided,
            long recurringAlerts) {
    }
}
