/** The incident record every feature works on: state, priority, owner, working team, and its timeline. */
@ApplicationModule(allowedDependencies = {"contract", "platform"})
package io.servicedesk.incident;

import org.springframework.modulith.ApplicationModule;
