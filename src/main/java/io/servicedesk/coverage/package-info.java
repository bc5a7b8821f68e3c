/** The support window, after-hours gating (coverage.dmn), paging on-call with escalation, response targets. */
package io.servicedesk.coverage;
