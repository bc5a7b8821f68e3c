package io.servicedesk.alerts;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in Alertmanager's notifications, each alert in a transaction of its own, and answers only when
 * all are committed. The same firing (fingerprint + startsAt) is recorded once, however often it is
 * re-sent; a new firing of an alert that is still open (or whose incident is) extends it; a clearing is
 * recorded and tells the waiting alert process, and never closes an incident. Racing deliveries meet at
 * unique constraints: the loser repeats its alert and finds the winner's record.
 */
@Service
class AlertReceiver {

    static final String PROCESS_KEY = "alert";
    static final String MESSAGE_CLEARED = "Msg_AlertCleared";
    private static final int ATTEMPTS = 6;
    private static final Logger log = LoggerFactory.getLogger(AlertReceiver.class);

    private final Alerts alerts;
    private final AlertOccurrences occurrences;
    private final AlertMapping mapping;
    private final Recurrence recurrence;
    private final AlertDesk desk;
    private final IncidentRegister register;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final ServiceClock clock;

    AlertReceiver(Alerts alerts, AlertOccurrences occurrences, AlertMapping mapping, Recurrence recurrence,
            AlertDesk desk, IncidentRegister register, RuntimeService runtime, TransactionTemplate transaction,
            ServiceClock clock) {
        this.alerts = alerts;
        this.occurrences = occurrences;
        this.mapping = mapping;
        this.recurrence = recurrence;
        this.desk = desk;
        this.register = register;
        this.runtime = runtime;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What became of each alert of a notification. */
    enum Outcome {
        /** A new alert: recorded, owned, its process started. */
        NEW,
        /** A new firing of an alert still open: counted on it. */
        FIRED_AGAIN,
        /** A firing we had already: nothing new. */
        REPEAT,
        /** The alert cleared: recorded. */
        CLEARED
    }

    record Taken(String alert, Outcome outcome) {
    }

    record Receipt(int received, long truncatedAlerts, List<Taken> alerts) {
    }

    Receipt receive(AlertmanagerMessage message, String receivedBy) {
        List<AlertmanagerMessage.Notified> notified = message.notified();
        long truncated = message.truncatedAlerts() == null ? 0 : message.truncatedAlerts();
        if (truncated > 0) {
            // they never reach us: whoever runs Alertmanager must raise max_alerts
            log.warn("Alertmanager (receiver {}, group {}) left out {} alerts of this notification (max_alerts)",
                    message.receiver(), message.groupKey(), truncated);
        }
        List<Taken> taken = new ArrayList<>();
        for (AlertmanagerMessage.Notified alert : notified) {
            taken.add(withRetries(alert, receivedBy));
        }
        return new Receipt(notified.size(), truncated, taken);
    }

    private Taken withRetries(AlertmanagerMessage.Notified alert, String receivedBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> take(alert, receivedBy));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException
                     | org.camunda.bpm.engine.OptimisticLockingException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.debug("Alert {} raced with another delivery (attempt {}): {}", alert.fingerprint(), attempt,
                        raced.getMessage());
                pause(attempt);
            }
        }
    }

    private Taken take(AlertmanagerMessage.Notified notified, String receivedBy) {
        Instant now = clock.now();
        Optional<AlertOccurrence> seen = occurrences.findByFingerprintAndStartsAt(notified.fingerprint(), notified.startsAt());
        if (seen.isPresent()) {
            boolean clearedBefore = seen.get().getEndsAt() != null;
            if (!notified.resolved() || clearedBefore) {
                // the same firing re-sent (repeat_interval, an HA peer, a retry)
                alerts.seenAgain(seen.get().getAlertId(), now);
                return new Taken(Alert.PREFIX + seen.get().getAlertId(), Outcome.REPEAT);
            }
            seen.get().cleared(notified.endsAtOr(now));
            return clear(alerts.findById(seen.get().getAlertId()).orElseThrow(), notified, now);
        }
        Alert open = openAlert(notified.fingerprint(), now);
        if (open != null) {
            AlertOccurrence firing = occurrences.saveAndFlush(new AlertOccurrence(open, notified, now));
            recurrence.fired(open, firing);
            if (notified.resolved()) {
                return clear(open, notified, now); // a firing we missed, reported cleared
            }
            open.firedAgain(now);
            noteOnIncident(open, "Alert " + open.reference() + " fired again (firing " + open.getOccurrences()
                    + ", since " + notified.startsAt() + ")");
            return new Taken(open.reference(), Outcome.FIRED_AGAIN);
        }
        AlertMapping.Target target = mapping.target(notified);
        Alert alert = alerts.saveAndFlush(Alert.received(notified, target, receivedBy, now));
        AlertOccurrence firing = occurrences.saveAndFlush(new AlertOccurrence(alert, notified, now));
        recurrence.fired(alert, firing);
        if (alert.isCleared() && !alert.followsIncident()) {
            alert.close(now);
        }
        Map<String, Object> variables = desk.displayVariables(alert, target);
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(alert.reference())
                .setVariables(Variables.fromMap(variables))
                .execute();
        return new Taken(alert.reference(), Outcome.NEW);
    }

    /** The open alert with this fingerprint; one whose incident is resolved or closed is over and closes now. */
    private Alert openAlert(String fingerprint, Instant now) {
        Alert open = alerts.findByOpenFingerprint(fingerprint).orElse(null);
        if (open != null && open.getIncidentNumber() != null) {
            IncidentState state = register.getByNumber(open.getIncidentNumber()).getState();
            if (state == IncidentState.RESOLVED || state == IncidentState.CLOSED) {
                open.close(now);
                // before a new alert takes the fingerprint: Hibernate would insert before it updates
                alerts.saveAndFlush(open);
                return null;
            }
        }
        return open;
    }

    private Taken clear(Alert alert, AlertmanagerMessage.Notified notified, Instant now) {
        boolean news = !alert.isCleared();
        alert.cleared(notified.endsAtOr(now), now);
        if (news) {
            noteOnIncident(alert, "Alert " + alert.reference() + " cleared at " + alert.getClearedAt()
                    + "; the incident stays as it is: people resolve incidents, alerts do not");
        }
        if (!alert.followsIncident()) {
            if (alert.getRoute() == AlertRoute.OWNED && alert.getAcknowledgedAt() == null) {
                alert.routed(AlertState.CLEARED);
            }
            alert.close(now);
        }
        // a warning still waiting for its owner is over; nothing waits for it otherwise
        runtime.createMessageCorrelation(MESSAGE_CLEARED)
                .processInstanceBusinessKey(alert.reference())
                .correlateAllWithResult();
        return new Taken(alert.reference(), Outcome.CLEARED);
    }

    private void noteOnIncident(Alert alert, String detail) {
        if (alert.getIncidentNumber() != null) {
            Incident incident = register.getByNumber(alert.getIncidentNumber());
            register.note(incident.ticket(), TimelineEvent.MONITORING, alert.getReceivedBy(), detail);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while taking in an alert", e);
        }
    }
}
