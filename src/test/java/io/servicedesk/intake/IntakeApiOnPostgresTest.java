package io.servicedesk.intake;

import io.servicedesk.support.OnPostgres;

/** The intake API, retries and races included, against a real PostgreSQL. */
@OnPostgres
class IntakeApiOnPostgresTest extends IntakeApiTest {
}
