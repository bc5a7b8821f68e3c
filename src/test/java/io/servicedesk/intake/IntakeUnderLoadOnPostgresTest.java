package io.servicedesk.intake;

import io.servicedesk.support.EmbeddedPostgres;
import java.util.Map;

/**
 * The kill on PostgreSQL: the embedded server keeps running (only the service dies), as a database
 * server on its own machine would.
 */
class IntakeUnderLoadOnPostgresTest extends IntakeUnderLoad {

    @Override
    Map<String, String> database() {
        return Map.of("SERVICEDESK_DB_URL", EmbeddedPostgres.freshDatabase("intake_under_load"),
                "SERVICEDESK_DB_USER", "postgres", "SERVICEDESK_DB_PASSWORD", "postgres");
    }

    @Override
    String name() {
        return "intake-under-load-postgres";
    }
}
