package io.servicedesk.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A day the support window stays closed. */
@Embeddable
public record Holiday(@Column(name = "holiday") LocalDate date, String name) {
}
