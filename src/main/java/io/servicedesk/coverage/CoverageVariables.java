package io.servicedesk.coverage;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of coverage and paging, typed, in one place: the coverage decision's result (written
 * by the engine right before "Record coverage" reads it), and the page a paging diagram works on (a
 * reference; the page itself is a record).
 */
final class CoverageVariables {

    /** The coverage decision's single result (coverageAction, coverageReason). */
    static final String RESULT = "coverageResult";
    /** The page this "Page on-call" diagram runs: a reference to its record. */
    static final String PAGE_ID = "pageId";
    /** Why on-call is paged, set by the calling diagram: {@link PageReason}. */
    static final String PAGE_REASON = "pageReason";

    private CoverageVariables() {
    }

    record Decision(String action, String reason) {
    }

    @SuppressWarnings("unchecked")
    static Decision decision(VariableScope scope) {
        Map<String, Object> result = (Map<String, Object>) scope.getVariable(RESULT);
        return new Decision((String) result.get("coverageAction"), (String) result.get("coverageReason"));
    }

    static long pageId(VariableScope scope) {
        return ((Number) scope.getVariable(PAGE_ID)).longValue();
    }

    static void pageId(VariableScope scope, long pageId) {
        scope.setVariable(PAGE_ID, pageId);
    }

    static PageReason pageReason(VariableScope scope) {
        Object reason = scope.getVariable(PAGE_REASON);
        return reason == null ? PageReason.NEW_INCIDENT : PageReason.valueOf(reason.toString());
    }
}
