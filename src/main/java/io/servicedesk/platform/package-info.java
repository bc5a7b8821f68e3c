/** Engine configuration, security, identity, Tasklist filters, API errors: the only place that knows Camunda internals. */
package io.servicedesk.platform;
