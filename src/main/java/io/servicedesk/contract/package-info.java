/** Clients, their contracts (support window, coverage, targets, scoped services, vendors) and assets in scope. */
package io.servicedesk.contract;
