/** Mail to people outside the engine: templates, the outbox, delivery at most once per dedupe key, the record of every mail. */
@ApplicationModule(allowedDependencies = {"contract", "incident", "platform"})
package io.servicedesk.mail;

import org.springframework.modulith.ApplicationModule;
