/** The priority decision (processes/triage.dmn) and the dispatcher's review when signals are missing or contradict. */
package io.servicedesk.triage;
