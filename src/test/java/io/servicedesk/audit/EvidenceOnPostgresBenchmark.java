package io.servicedesk.audit;

import io.servicedesk.support.OnPostgres;

/** The evidence benchmark on a real PostgreSQL (embedded, default settings). */
@OnPostgres
class EvidenceOnPostgresBenchmark extends EvidenceBenchmark {

    @Override
    String database() {
        return "PostgreSQL (embedded)";
    }
}
