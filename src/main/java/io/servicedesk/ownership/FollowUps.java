package io.servicedesk.ownership;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of post-incident reviews, tracked until done. The diagrams ask
 * {@code ${followUps.open(execution)}} (one "Follow-up action" each), and for one of them its owner, due
 * time and chase cycle: chased when the due day is over, then every day until done.
 */
@Component("followUps")
@Transactional
public class FollowUps {

    /** A follow-up as the review decided it: checked, not yet stored. */
    record Planned(String action, String owner, LocalDate dueOn) {
    }

    private final FollowUpActions actions;
    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final IdentityService identity;
    private final ServiceClock clock;

    FollowUps(FollowUpActions actions, IncidentRegister register, ContractCatalog catalog, IdentityService identity,
            ServiceClock clock) {
        this.actions = actions;
        this.register = register;
        this.catalog = catalog;
        this.identity = identity;
        this.clock = clock;
    }

    /** The ids of the incident's open follow-up actions: the collection of "Track follow-up actions". */
    public List<Long> open(DelegateExecution execution) {
        return of(register.get(execution.getProcessBusinessKey())).stream()
                .filter(action -> action.getStatus() == FollowUpAction.Status.OPEN).map(FollowUpAction::getId).toList();
    }

    public String owner(DelegateExecution execution) {
        return tracked(execution).getOwner();
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(tracked(execution).getDueAt());
    }

    /** Display: what is to be done. */
    public String action(DelegateExecution execution) {
        return tracked(execution).getAction();
    }

    /** Chased when the due day is over, then every day: "R/2026-12-05T08:00:00Z/P1D". */
    public String chaseCycle(DelegateExecution execution) {
        return "R/" + tracked(execution).getDueAt() + "/P1D";
    }

    /** Checks the review form's rows: at least one complete, none half filled, known owners, due today or later. */
    List<Planned> plan(Incident incident, List<ReviewVariables.FollowUpRow> rows) {
        Contract contract = catalog.contract(incident.getContractId());
        LocalDate today = clock.today(contract.zone());
        List<Planned> planned = new ArrayList<>();
        for (ReviewVariables.FollowUpRow row : rows) {
            if (row.empty()) {
                continue;
            }
            if (!row.complete()) {
                throw new ProcessEngineException("Follow-up " + row.row() + ": give the action, its owner and its due date");
            }
            if (identity.createUserQuery().userId(row.owner()).count() == 0) {
                throw new ProcessEngineException("Follow-up " + row.row() + ": '" + row.owner() + "' is no user");
            }
            LocalDate due = date(row);
            if (due.isBefore(today)) {
                throw new ProcessEngineException("Follow-up " + row.row() + ": the due date " + due + " has passed");
            }
            planned.add(new Planned(row.action().trim(), row.owner(), due));
        }
        if (planned.isEmpty()) {
            throw new ProcessEngineException("A review names the root cause and the follow-up actions with owners "
                    + "and due dates: at least one");
        }
        return planned;
    }

    List<FollowUpAction> create(Incident incident, List<Planned> planned) {
        Contract contract = catalog.contract(incident.getContractId());
        return planned.stream().map(follow -> actions.save(new FollowUpAction(incident.getNumber(), follow.action(),
                follow.owner(), follow.dueOn(), follow.dueOn().plusDays(1).atStartOfDay(contract.zone()).toInstant(),
                clock.now()))).toList();
    }

    FollowUpAction done(String ticket, long id, String by, String outcome) {
        FollowUpAction action = find(id);
        action.done(by, outcome, clock.now());
        register.note(ticket, TimelineEvent.FOLLOW_UP_DONE, by, "Follow-up done: " + action.getAction()
                + " | " + outcome);
        return action;
    }

    FollowUpAction chased(String ticket, long id) {
        FollowUpAction action = find(id);
        action.chased(clock.now());
        register.note(ticket, TimelineEvent.FOLLOW_UP_CHASED, "system", "Follow-up late (due " + action.getDueOn()
                + ", owner " + action.getOwner() + "): chased (#" + action.getChases() + "): " + action.getAction());
        return action;
    }

    @Transactional(readOnly = true)
    public List<FollowUpAction> of(Incident incident) {
        return actions.findByIncidentNumberOrderByIdAsc(incident.getNumber());
    }

    FollowUpAction tracked(DelegateExecution execution) {
        return find(ReviewVariables.followUpId(execution));
    }

    private FollowUpAction find(long id) {
        return actions.findById(id).orElseThrow(() -> new IllegalStateException("No follow-up action " + id));
    }

    private static LocalDate date(ReviewVariables.FollowUpRow row) {
        try {
            // a form's date field sends 2026-12-04; a date-time field 2026-12-04T00:00...
            return LocalDate.parse(row.due().length() > 10 ? row.due().substring(0, 10) : row.due());
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("Follow-up " + row.row() + ": '" + row.due() + "' is not a date");
        }
    }
}
