package io.servicedesk.platform;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the evidence of an incident is kept, in one place: every process and decision history and the
 * audit projection keep it this many days after the incident ends. Camunda's history cleanup, and ours,
 * delete only inside the window (local time of the server), away from working hours.
 *
 * @param retentionDays      days kept after the end of an incident (2,555 = seven years)
 * @param cleanupWindowStart when the cleanup may start, HH:mm
 * @param cleanupWindowEnd   when it stops, HH:mm (may lie past midnight)
 */
@ConfigurationProperties("servicedesk.history")
public record HistorySettings(
        @DefaultValue("2555") int retentionDays,
        @DefaultValue("01:00") LocalTime cleanupWindowStart,
        @DefaultValue("05:00") LocalTime cleanupWindowEnd) {

    public HistorySettings {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("servicedesk.history.retention-days must be at least 1, not "
                    + retentionDays);
        }
    }

    /** The retention as Camunda writes it in models and its configuration. */
    public String timeToLive() {
        return "P" + retentionDays + "D";
    }

    /** Whether a local time of day lies in the cleanup window. */
    public boolean inCleanupWindow(LocalTime time) {
        return cleanupWindowStart.isBefore(cleanupWindowEnd)
                ? !time.isBefore(cleanupWindowStart) && time.isBefore(cleanupWindowEnd)
                : !time.isBefore(cleanupWindowStart) || time.isBefore(cleanupWindowEnd);
    }
}
