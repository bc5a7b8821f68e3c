package io.servicedesk.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock (and so the service's), set to a local time in a contract's zone. */
public final class Clock {

    public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Clock() {
    }

    public static ZonedDateTime at(String localDateTime, ZoneId zone) {
        ZonedDateTime time = LocalDateTime.parse(localDateTime).atZone(zone);
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        return time;
    }

    /** Tuesday 24 November 2026, 10:00 in Los Angeles: inside every demo contract's window. */
    public static ZonedDateTime businessHours() {
        return at("2026-11-24T10:00", LOS_ANGELES);
    }

    public static void advanceMinutes(long minutes) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + minutes * 60_000));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
