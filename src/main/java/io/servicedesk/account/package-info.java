/**
 * Technical accounts (client portals and mail gateways, monitoring, vendor integrations): whom each speaks for,
 * and the API tokens it authenticates with, managed by administrators at /api/accounts.
 */
@ApplicationModule(allowedDependencies = {"contract", "platform"})
package io.servicedesk.account;

import org.springframework.modulith.ApplicationModule;
