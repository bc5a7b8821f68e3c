package io.servicedesk.triage;

import io.servicedesk.support.OnPostgres;

/** Every triage path against a real PostgreSQL. */
@OnPostgres
class IncidentProcessOnPostgresTest extends IncidentProcessTest {
}
