/** Working the incident: accountable owner, hand-offs between teams, resolution and closure. */
package io.servicedesk.ownership;
