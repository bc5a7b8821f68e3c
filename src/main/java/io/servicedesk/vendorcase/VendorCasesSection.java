package io.servicedesk.vendorcase;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentSection;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The incident's vendor cases: vendor, reference, last update, next chase. */
@Component
class VendorCasesSection implements IncidentSection {

    private final VendorDesk desk;

    VendorCasesSection(VendorDesk desk) {
        this.desk = desk;
    }

    record Entry(String vendor, String kind, String reference, String status, String openedBy, Instant openedAt,
            Instant lastUpdateAt, String lastUpdate, Instant nextChaseAt, int chases, int unansweredChases,
            int escalations, Instant escalatedAt) {
    }

    @Override
    public String name() {
        return "vendorCases";
    }

    @Override
    public List<Entry> of(Incident incident) {
        return desk.casesOf(incident).stream().map(c -> new Entry(c.getVendorName(), c.getVendorKind().name(),
                c.getReference(), c.getStatus().name(), c.getOpenedBy(), c.getOpenedAt(), c.getLastUpdateAt(),
                c.getLastUpdate(), c.getNextChaseAt(), c.getChases(), c.getUnansweredChases(), c.getEscalations(),
                c.getEscalatedAt())).toList();
    }
}
