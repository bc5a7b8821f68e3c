package io.servicedesk.incident;

import io.servicedesk.support.OnPostgres;

/** Every escalation promise of issue 8 against a real PostgreSQL. */
@OnPostgres
class EscalationProcessOnPostgresTest extends EscalationProcessTest {
}
