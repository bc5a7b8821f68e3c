package io.servicedesk.communication;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.coverage.CoverageFacts;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.mail.MailModels;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client-update loop of an incident, kept in its {@link UpdateSchedule}: when the next update falls
 * due (the owner's promise, else the contract's cadence for the incident's current priority), who
 * writes it, and whether what was written keeps the contract. The "Client updates" diagram asks it,
 * e.g. {@code ${clientUpdates.opensAt(execution)}}.
 */
@Component("clientUpdates")
@Transactional
public class ClientUpdates {

    /** The "Write client update" task appears this long before the update is due, at most. */
    private static final Duration MAX_LEAD = Duration.ofMinutes(15);
    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final UpdateSchedules schedules;
    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final UpdateCadence cadence;
    private final ServiceClock clock;
    private final MailModels models;
    private final CoverageFacts coverage;

    ClientUpdates(UpdateSchedules schedules, IncidentRegister register, ContractCatalog catalog,
            UpdateCadence cadence, ServiceClock clock, MailModels models, CoverageFacts coverage) {
        this.coverage = coverage;
        this.schedules = schedules;
        this.register = register;
        this.catalog = catalog;
        this.cadence = cadence;
        this.clock = clock;
        this.models = models;
    }

    // --- what the diagram asks ------------------------------------------------------------------

    /** Timed updates are due: the priority has a cadence, or an update was promised. */
    public boolean scheduled(DelegateExecution execution) {
        return current(execution.getProcessBusinessKey()).isScheduled();
    }

    /** When "Write client update" appears: a little before the update is due. */
    public Date opensAt(DelegateExecution execution) {
        return Date.from(current(execution.getProcessBusinessKey()).getOpensAt());
    }

    /** When the update must reach the client; later, it is late. */
    public Date dueAt(DelegateExecution execution) {
        return Date.from(current(execution.getProcessBusinessKey()).getDueAt());
    }

    /** Display: when the update is due, in the contract's zone, as a person reads it. */
    public String dueAtForPeople(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        Contract contract = catalog.contract(register.get(ticket).getContractId());
        return models.forPeople(current(ticket).getDueAt(), contract);
    }

    /**
     * Who writes the update: the accountable owner inside the support window; after hours, for a
     * priority the contract covers, whoever acknowledged this night's page (or nobody yet: the on-call
     * group takes it). The owner stays accountable either way.
     */
    public String writer(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        Optional<CoverageFacts.Cover> cover = coverage.afterHoursCover(ticket);
        // at night nobody in particular until somebody acknowledged: the on-call group takes it
        return cover.isPresent() ? cover.get().person() : register.get(ticket).getAccountableOwner();
    }

    /** Who else may take the update: the on-call group after hours. */
    public List<String> writerGroups(DelegateExecution execution) {
        return coverage.afterHoursCover(execution.getProcessBusinessKey()).map(cover -> List.of(cover.group()))
                .orElse(List.of());
    }

    /** The owner writes this update; false at night, when somebody awake does and the owner is told. */
    public boolean ownerWrites(DelegateExecution execution) {
        return coverage.afterHoursCover(execution.getProcessBusinessKey()).isEmpty();
    }

    /** Who writes the update tonight, as a person reads it: the on-call person, or the on-call group. */
    String nightWriter(String ticket) {
        return coverage.afterHoursCover(ticket)
                .map(cover -> cover.person() != null ? cover.person() : "the on-call team (" + cover.group() + ")")
                .orElseThrow(() -> new IllegalStateException(ticket + " is not covered after hours now"));
    }

    // --- what the delegates do ------------------------------------------------------------------

    /**
     * Schedules the next update. A fresh one falls due when the last update promised, else after the
     * cadence from now; one that is scheduled but not yet sent (the priority changed meanwhile) falls
     * due after the new cadence from now at the latest, and never later than already promised.
     *
     * @return the latest the update after this one may come, for the form; empty when nothing is due
     */
    Optional<Instant> scheduleNext(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        UpdateSchedule schedule = current(ticket);
        Instant now = clock.now();
        Optional<Instant> byCadence = cadence.next(contract, incident.getPriority(), now);
        Instant due;
        if (schedule.pending()) {
            due = byCadence.filter(cadenceDue -> cadenceDue.isBefore(schedule.getDueAt())).orElse(schedule.getDueAt());
        } else if (schedule.getPromisedAt() != null) {
            due = schedule.getPromisedAt().isBefore(now) ? now : schedule.getPromisedAt();
        } else {
            due = byCadence.orElse(null);
        }
        if (due == null) {
            schedule.unschedule();
            register.nextUpdateDue(ticket, null);
            return Optional.empty();
        }
        long lead = Math.min(MAX_LEAD.toMinutes(), Math.max(1, Duration.between(now, due).toMinutes() / 3));
        Instant opens = due.minus(Duration.ofMinutes(lead));
        schedule.schedule(schedule.pending() ? schedule.getUpdateNumber() : schedule.getSent() + 1, due,
                opens.isBefore(now) ? now : opens);
        register.nextUpdateDue(ticket, due);
        return Optional.of(cadence.next(contract, incident.getPriority(), due).orElse(due));
    }

    /**
     * A re-triage while an update is being written: it falls due no later than the new cadence from
     * now allows (never later than already promised).
     *
     * @return the update's due time, moved or not, and the latest the update after it may come
     */
    OpenUpdate refreshOpen(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        UpdateSchedule schedule = current(ticket);
        Instant due = cadence.next(contract, incident.getPriority(), clock.now())
                .filter(cadenceDue -> cadenceDue.isBefore(schedule.getDueAt())).orElse(schedule.getDueAt());
        boolean moved = !due.equals(schedule.getDueAt());
        if (moved) {
            schedule.schedule(schedule.getUpdateNumber(), due, clock.now());
            register.nextUpdateDue(ticket, due);
        }
        return new OpenUpdate(due, moved, cadence.next(contract, incident.getPriority(), due).orElse(due));
    }

    record OpenUpdate(Instant dueAt, boolean moved, Instant latestNext) {
    }

    /** The promise as the form shows it: in the contract's zone, with its offset. */
    String forTheForm(String ticket, Instant at) {
        Contract contract = catalog.contract(register.get(ticket).getContractId());
        return at.atZone(contract.zone()).toOffsetDateTime().toString();
    }

    /**
     * Checks what the writer wrote: the four elements are there, and the next update is promised in the
     * future and no later than the contract allows. Keeps it for the mail; refuses with the reason.
     */
    void written(String ticket, UpdateVariables.Written update) {
        if (blank(update.known()) || blank(update.checking()) || blank(update.nextAction())) {
            throw new ProcessEngineException("A client update says what is known, what is being checked and "
                    + "the next action: fill in all three");
        }
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        UpdateSchedule schedule = current(ticket);
        Instant now = clock.now();
        Instant promised = parse(update.nextUpdateAt(), contract);
        Instant due = schedule.getDueAt();
        Instant latest = cadence.next(contract, incident.getPriority(), now.isAfter(due) ? now : due).orElse(null);
        if (!promised.isAfter(now)) {
            throw new ProcessEngineException("The next update must lie in the future");
        }
        // the form's date-time field has minutes, not seconds
        if (latest != null && promised.isAfter(latest.plusSeconds(59))) {
            throw new ProcessEngineException("The contract allows the next update at the latest "
                    + FOR_PEOPLE.format(latest.atZone(contract.zone())) + " (" + contract.getTimeZone()
                    + "): promise that time or an earlier one");
        }
        schedule.written(update.known(), update.checking(), update.nextAction(), promised);
    }

    void sent(String ticket) {
        current(ticket).sent();
    }

    /** The incident's schedule; created (nothing scheduled yet) the first time the loop asks. */
    UpdateSchedule current(String ticket) {
        Incident incident = register.get(ticket);
        return schedules.findById(incident.getNumber())
                .orElseGet(() -> schedules.save(new UpdateSchedule(incident.getNumber())));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Instant parse(String value, Contract contract) {
        if (blank(value)) {
            throw new ProcessEngineException("Say when the next update comes");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(contract.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException("'" + value + "' is not a date and time");
            }
        }
    }
}
