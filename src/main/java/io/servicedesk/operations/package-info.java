/**
 * What operators watch: health and readiness for load balancers and container checks, and the service
 * desk's figures (open incidents, breached targets, late updates, job and mail backlogs) for Prometheus,
 * read from the database at scrape time so they survive restarts and agree across nodes.
 */
@ApplicationModule(allowedDependencies = {"contract", "incident", "platform"})
package io.servicedesk.operations;

import org.springframework.modulith.ApplicationModule;
