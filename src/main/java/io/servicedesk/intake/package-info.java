/** Report an incident: validation, idempotent retries, ticket numbers, and the start of its process. */
package io.servicedesk.intake;
