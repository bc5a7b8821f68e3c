package io.servicedesk.incident;

import io.servicedesk.contract.Priority;

/** Published (in the changing transaction) when an open incident is re-triaged. */
public record PriorityChanged(String ticket, String processInstanceId, Priority priority) {
}
