/** Vendor escalation: cases opened with ISPs, clouds, hardware and platform vendors, chased until they answer. */
package io.servicedesk.vendorcase;
