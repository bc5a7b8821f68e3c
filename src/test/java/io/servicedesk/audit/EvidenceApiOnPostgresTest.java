package io.servicedesk.audit;

import io.servicedesk.support.OnPostgres;

/** The evidence of a worked week, its figures, tickets and CSV, against a real PostgreSQL. */
@OnPostgres
class EvidenceApiOnPostgresTest extends EvidenceApiTest {
}
