package io.servicedesk.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the incident's processes that it is stabilised, in the transaction that recorded it: every
 * diagram that keeps a promise while the incident is open (client updates, overnight cover, the
 * resolution target) catches {@value #MESSAGE} by business key and stops. A variable could be
 * rewritten by anybody holding a task; this message only comes from the record.
 */
@Component
class StabilisationMessage {

    static final String MESSAGE = "Msg_IncidentStabilised";

    private final RuntimeService runtime;

    StabilisationMessage(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(IncidentStabilised stabilised) {
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(stabilised.ticket()).correlateAll();
    }
}
