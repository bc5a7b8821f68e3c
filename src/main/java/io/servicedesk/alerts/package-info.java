/**
 * Monitoring alerts (Prometheus Alertmanager's webhook): each alert recorded once with a named owner,
 * warnings acknowledged or escalated, critical ones raised as incidents through intake, recurring ones
 * reviewed, and scope gaps (unknown or out-of-scope systems) decided by the service owner.
 */
package io.servicedesk.alerts;
