package io.servicedesk.contract;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of the documented support window, in the contract's local time. */
@Embeddable
public record SupportHours(@Enumerated(EnumType.STRING) DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
}
