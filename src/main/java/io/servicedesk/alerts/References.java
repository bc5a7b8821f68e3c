package io.servicedesk.alerts;

import java.util.Optional;

/** References people read and type: a prefix and the record's number (ALR-17, SCD-3, PRB-2). */
final class References {

    private References() {
    }

    /** The number in a reference with this prefix; empty for anything else, so it is not found rather than an error. */
    static Optional<Long> idOf(String prefix, String reference) {
        if (reference == null || !reference.matches(java.util.regex.Pattern.quote(prefix) + "\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(reference.substring(prefix.length())));
    }
}
