/**
 * What a team's Tasklist queue shows of each task: the ticket and client in its name, and a task priority
 * that follows the incident's, also after a re-triage.
 */
@ApplicationModule(allowedDependencies = {"contract", "incident", "platform"})
package io.servicedesk.tasklist;

import org.springframework.modulith.ApplicationModule;
