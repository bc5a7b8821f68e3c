package io.servicedesk.intake;

import io.servicedesk.support.EmbeddedPostgres;
import java.util.Map;

/**
 * The kill on PostgreSQL: the embedded server keeps running (only the service dies), as a database
 * server on its own machine would.
 */
class IntakeUnderLoadOnPostgresTest extends IntakeUnderLoad {

    /** One database for the class: the restart must find what the killed service wrote. */
    private String url;

    @Override
    Map<String, String> database() {
        if (url == null) {
            url = EmbeddedPostgres.freshDatabase("intake_under_load");
        }
        return Map.of("SERVICEDESK_DB_URL", url, "SERVICEDESK_DB_USER", "postgres",
                "SERVICEDESK_DB_PASSWORD", "postgres");
    }

    @Override
    String name() {
        return "intake-under-load-postgres";
    }
}
