package io.servicedesk.operations;

import java.time.Duration;
import java.util.Map;

/**
 * One reading of the service desk's state, taken at one moment. Counts are keyed by priority label
 * ({@code P1}..{@code P4}, or {@code none} before triage) and, for open incidents, by state.
 *
 * @param open                  incidents not closed, by "priority/state"
 * @param responseOverdue       open incidents past their response target with nobody responding yet
 * @param responseBreached      incidents whose first response came, or is still missing, after the target
 * @param resolutionOverdue     open, unresolved incidents past their resolution due time right now
 * @param resolutionBreached    incidents whose resolution target was breached (recorded on the incident)
 * @param updatesOverdue        open incidents whose next client update is past due right now
 * @param lateUpdates           client updates sent after the time they were due
 * @param jobsDue               jobs due now and not yet run: the job executor's backlog
 * @param jobsFailed            jobs out of retries: Cockpit incidents waiting for an operator
 * @param mailPending           mails recorded but not yet delivered
 * @param oldestMailPending     how long the oldest undelivered mail has waited (zero when none)
 */
record Figures(Map<String, Long> open, Map<String, Long> responseOverdue, Map<String, Long> responseBreached,
        Map<String, Long> resolutionOverdue, Map<String, Long> resolutionBreached, Map<String, Long> updatesOverdue, Map<String, Long> lateUpdates,
        long jobsDue, long jobsFailed, long mailPending, Duration oldestMailPending) {

    static String key(String priority, String state) {
        return priority + "/" + state;
    }
}
