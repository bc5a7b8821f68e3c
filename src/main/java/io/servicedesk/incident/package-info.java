/** The incident record every feature works on: state, priority, owner, working team, and its timeline. */
package io.servicedesk.incident;
