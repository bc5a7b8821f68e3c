/** Engine configuration, security, identity, Tasklist filters, API errors: the only place that knows Camunda internals. */
@ApplicationModule(allowedDependencies = {})
package io.servicedesk.platform;

import org.springframework.modulith.ApplicationModule;
