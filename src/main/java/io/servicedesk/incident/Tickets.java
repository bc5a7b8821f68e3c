package io.servicedesk.incident;

import java.util.Optional;
import java.util.regex.Pattern;

/** Ticket numbers: "INC-" and the incident's number; the business key of its process. */
public final class Tickets {

    private static final Pattern TICKET = Pattern.compile("INC-(\\d{1,18})");

    private Tickets() {
    }

    public static String of(long number) {
        return "INC-" + number;
    }

    public static Optional<Long> number(String ticket) {
        var matcher = TICKET.matcher(ticket == null ? "" : ticket);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
