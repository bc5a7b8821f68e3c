/** What the client is told and when: the acknowledgement, timed client updates, late updates escalated. */
package io.servicedesk.communication;
