package io.servicedesk.alerts;

/** Monitoring sends free text of any length; our columns have limits, and a cut text says so. */
final class Text {

    private Text() {
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 3) + "...";
    }
}
