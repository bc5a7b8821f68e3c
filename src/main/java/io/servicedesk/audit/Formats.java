package io.servicedesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the page writes times and numbers: in the contract's time zone, as people read them. */
public record Formats(ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ENGLISH, "%.1f %%", value);
    }

    public String minutes(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        return minutes < 120 ? minutes + " min" : String.format(Locale.ENGLISH, "%d h %02d min", minutes / 60,
                minutes % 60);
    }

    public String words(String constant) {
        return BuyerQuestions.words(constant);
    }
}
