/** What clients, on-call staff and vendors are told: mail templates, the outbox, delivery exactly once. */
package io.servicedesk.communication;
