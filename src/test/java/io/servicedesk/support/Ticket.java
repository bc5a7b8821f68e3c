package io.servicedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One incident across its diagrams: the lifecycle and every diagram it called carry the ticket as
 * business key, so tests ask about the ticket, not about one process instance.
 */
public final class Ticket {

    private final ProcessEngine engine;
    private final String ticket;

    private Ticket(ProcessEngine engine, String ticket) {
        this.engine = engine;
        this.ticket = ticket;
    }

    public static Ticket of(ProcessEngine engine, String ticket) {
        return new Ticket(engine, ticket);
    }

    public String ticket() {
        return ticket;
    }

    /** The activities waiting right now, in every running process of the ticket. */
    public List<String> waitingAt() {
        return running().stream()
                .flatMap(instance -> engine.getRuntimeService().getActiveActivityIds(instance.getId()).stream())
                .sorted().toList();
    }

    public Ticket isWaitingAt(String... activityIds) {
        assertThat(waitingAt()).as("%s waits at", ticket).contains(activityIds);
        return this;
    }

    public Ticket isNotWaitingAt(String... activityIds) {
        assertThat(waitingAt()).as("%s waits at", ticket).doesNotContain(activityIds);
        return this;
    }

    public Ticket hasPassed(String... activityIds) {
        assertThat(passed()).as("%s passed", ticket).contains(activityIds);
        return this;
    }

    public Ticket hasNotPassed(String... activityIds) {
        assertThat(passed()).as("%s passed", ticket).doesNotContain(activityIds);
        return this;
    }

    /** Every process of the ticket has ended. */
    public Ticket isEnded() {
        assertThat(running()).as("%s still runs, waiting at %s", ticket, waitingAt()).isEmpty();
        return this;
    }

    /** The one open task with this key, in whichever of the ticket's processes it waits. */
    public Task task(String taskDefinitionKey) {
        List<Task> found = tasks(taskDefinitionKey);
        assertThat(found).as("open %s tasks of %s (waiting at %s)", taskDefinitionKey, ticket, waitingAt()).hasSize(1);
        return found.get(0);
    }

    public List<Task> tasks(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskDefinitionKey).orderByTaskCreateTime().asc().list();
    }

    /** The running process of the ticket that waits at this activity. */
    public ProcessInstance instanceAt(String activityId) {
        return running().stream()
                .filter(instance -> engine.getRuntimeService().getActiveActivityIds(instance.getId()).contains(activityId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ticket + " does not wait at " + activityId + " but at "
                        + waitingAt()));
    }

    /** The timer job of this event, in whichever of the ticket's processes it waits. */
    public Job timer(String activityId) {
        List<Job> timers = timers(activityId);
        assertThat(timers).as("timers %s of %s", activityId, ticket).hasSize(1);
        return timers.get(0);
    }

    public List<Job> timers(String activityId) {
        return jobs(activityId).stream().filter(job -> engine.getManagementService().createJobQuery().jobId(job.getId())
                .timers().count() == 1).toList();
    }

    /** The jobs (timers, async continuations) of this activity in the ticket's processes. */
    public List<Job> jobs(String activityId) {
        // the engine's job query cannot combine activityId with processInstanceIds (invalid SQL in 7.24)
        return engine.getManagementService().createJobQuery().processInstanceIds(ids()).list().stream()
                .filter(job -> activityId.equals(activityOf(job))).toList();
    }

    private String activityOf(Job job) {
        return job.getJobDefinitionId() == null ? null : engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    public List<ProcessInstance> running() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ticket).list();
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        running().forEach(instance -> ids.add(instance.getId()));
        return ids.isEmpty() ? Set.of("none") : ids;
    }

    private List<String> passed() {
        List<String> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(ticket).list().stream().map(HistoricProcessInstance::getId).toList();
        return instances.stream().flatMap(id -> engine.getHistoryService().createHistoricActivityInstanceQuery()
                        .processInstanceId(id).finished().list().stream())
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
    }

    @Override
    public String toString() {
        return ticket + " waiting at " + Arrays.toString(waitingAt().toArray());
    }
}
