package io.servicedesk.contract;

import jakarta.persistence.Embeddable;

/** A vendor the contract relies on (ISP, cloud, hardware, third-party platform). */
@Embeddable
public record Vendor(String name, String email, int responseTargetMinutes) {
}
