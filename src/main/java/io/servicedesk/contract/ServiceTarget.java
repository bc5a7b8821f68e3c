package io.servicedesk.contract;

import jakarta.persistence.Embeddable;

/**
 * What the contract promises for one priority. Minutes count business time for work inside the
 * window, wall-clock time for priorities the contract covers after hours.
 *
 * @param updateCadenceMinutes how often the client hears from us; null = no timed updates
 * @param handoffMinutes       how long helpdesk holds it before engineering takes over
 */
@Embeddable
public record ServiceTarget(int responseMinutes, Integer updateCadenceMinutes, int resolutionMinutes,
        int handoffMinutes) {
}
