/**
 * Clients, their contracts (support window, coverage, targets, scoped services, vendors), assets in scope,
 * and how a contract counts time (support calendar, business minutes).
 */
@ApplicationModule(allowedDependencies = "platform")
package io.servicedesk.contract;

import org.springframework.modulith.ApplicationModule;
