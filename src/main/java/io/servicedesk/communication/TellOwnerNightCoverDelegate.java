package io.servicedesk.communication;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tell owner who writes it": after hours the update goes to whoever covers the incident; on the
 * timeline for every update, and the accountable owner is told once a night. Job; each mail sent once.
 */
@Component
class TellOwnerNightCoverDelegate implements JavaDelegate {

    private final ClientUpdates updates;
    private final ClientNotices notices;
    private final IncidentRegister register;
    private final Mailer mailer;

    TellOwnerNightCoverDelegate(ClientUpdates updates, ClientNotices notices, IncidentRegister register,
            Mailer mailer) {
        this.updates = updates;
        this.notices = notices;
        this.register = register;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        UpdateSchedule update = updates.current(ticket);
        String writer = updates.nightWriter(ticket);
        String owner = register.get(ticket).getAccountableOwner();
        register.note(ticket, TimelineEvent.OVERNIGHT_COVER, "system", "Client update " + update.getUpdateNumber()
                + " goes to " + writer + " after hours; " + owner + " stays the accountable owner");
        mailer.send(notices.nightCover(ticket, update, writer, owner));
    }
}
