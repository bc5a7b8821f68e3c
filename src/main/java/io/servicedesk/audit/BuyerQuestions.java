package io.servicedesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The questions a managed-IT buyer asks before signing (the seed documents), answered from the contract as it
 * stood in the period, each with the figures that show whether it was kept.
 */
final class BuyerQuestions {

    static final String WINDOW = "What is the documented service-desk window?";
    static final String AFTER_HOURS = "What truly qualifies for after-hours escalation?";
    static final String HANDOFF = "When does helpdesk hand off to engineering or a partner?";
    static final String VENDOR_UPDATES = "Who owns the client update when vendors are involved?";
    static final String SCOPED = "Are field dispatch, SOC, or partner support included or separately scoped?";
    static final String EXECUTED = "What evidence shows a support plan is being executed properly?";

    private BuyerQuestions() {
    }

    static List<Evidence.Answer> answer(Evidence evidence) {
        if (evidence.terms().isEmpty()) {
            return List.of(new Evidence.Answer(WINDOW, "No version of contract " + evidence.contract().id()
                    + " is recorded for this period.", List.of()));
        }
        Evidence.Terms terms = evidence.terms().get(evidence.terms().size() - 1);
        String versions = evidence.terms().size() == 1 ? " (contract version " + terms.version() + ")"
                : " (contract version " + terms.version() + "; versions " + evidence.terms().stream()
                        .map(version -> String.valueOf(version.version())).collect(Collectors.joining(", "))
                        + " were in force during the period)";
        List<Evidence.Answer> answers = new ArrayList<>();
        answers.add(new Evidence.Answer(WINDOW, window(terms) + versions, List.of(
                line("reported inside the window", evidence.afterHours().insideWindow()),
                line("reported outside it", evidence.afterHours().outsideWindow()))));
        answers.add(new Evidence.Answer(AFTER_HOURS, afterHours(terms), List.of(
                line("after hours, on-call paged", evidence.afterHours().paged()),
                line("after hours, queued for the window", evidence.afterHours().queued()),
                line("after hours, worked at once without a page", evidence.afterHours().workedNow()),
                line("pages acknowledged within " + terms.ackTimeoutMinutes() + " minutes",
                        evidence.onCall().acknowledgedInTime()),
                line("pages escalated to the backup and the duty manager", evidence.onCall().escalated()))));
        answers.add(new Evidence.Answer(HANDOFF, handoff(terms), List.of(
                line("handed off between teams, " + evidence.ownership().handoffsOwnerKept() + " of "
                        + evidence.ownership().handoffs() + " hand-offs kept the accountable owner",
                        evidence.ownership().handedOff()),
                line("escalated to a vendor", evidence.vendors().escalated()),
                line("accountable owner changed explicitly, with a reason", evidence.ownership().ownerChanged()))));
        Evidence.VendorInvolved involved = evidence.clientUpdates().whileVendorInvolved();
        answers.add(new Evidence.Answer(VENDOR_UPDATES, "The accountable owner: the incident and every client "
                + "update stay with the provider while a vendor works; the vendor is chased, never handed the "
                + "client. While vendors were involved, " + involved.kept() + " client updates went out on time, "
                + involved.late() + " late, " + involved.missed() + " not at all.", List.of(
                line("escalated to a vendor", evidence.vendors().escalated()),
                line("vendor chased for an answer", evidence.vendors().chased()),
                line("vendor answered late or not at all", evidence.vendors().lateOrSilent()))));
        answers.add(new Evidence.Answer(SCOPED, terms.scopedServices().entrySet().stream()
                .map(service -> words(service.getKey()) + ": " + words(service.getValue()))
                .collect(Collectors.joining("; ")) + ". Separately scoped services wait for the client's approval.",
                List.of(line("included, proceeded", evidence.scopedServices().included()),
                        line("separately scoped, approved by the client", evidence.scopedServices().approved()),
                        line("separately scoped, refused by the client", evidence.scopedServices().refused()),
                        line("not offered", evidence.scopedServices().notOffered()),
                        line("waiting for the client", evidence.scopedServices().awaiting()))));
        answers.add(new Evidence.Answer(EXECUTED, executed(evidence), List.of(
                line("first responses within target", evidence.firstResponse().kept()),
                line("resolved within target", evidence.resolution().kept()),
                line("client updates sent on time", evidence.clientUpdates().kept()),
                line("P1 post-incident reviews done", evidence.reviews().done()),
                line("incidents on systems outside the contract's scope, surfaced", evidence.scopeGaps().incidents()))));
        return answers;
    }

    private static String window(Evidence.Terms terms) {
        return terms.timeZone() + ": " + (terms.supportWindow().isEmpty() ? "no opening hours"
                : String.join(", ", terms.supportWindow())) + (terms.holidays().isEmpty() ? ""
                : "; closed on " + String.join(", ", terms.holidays()));
    }

    private static String afterHours(Evidence.Terms terms) {
        String covered = switch (terms.afterHoursCoverage()) {
            case "P1_ONLY" -> "only P1: critical operations down, multiple users blocked, or immediate containment "
                    + "required. Everything else waits for the support window";
            case "P1_P2" -> "P1 and P2; P3 and P4 wait for the support window";
            case "ALL" -> "every priority";
            case "NONE" -> "nothing: the contract buys no after-hours coverage, not even for P1";
            default -> terms.afterHoursCoverage();
        };
        return "After-hours coverage " + terms.afterHoursCoverage() + ": " + covered + ". On-call is paged and "
                + "must acknowledge within " + terms.ackTimeoutMinutes() + " minutes, else the page goes to the "
                + "backup on-call and then the duty manager.";
    }

    private static String handoff(Evidence.Terms terms) {
        String targets = terms.targets().entrySet().stream()
                .map(target -> target.getKey() + " after " + target.getValue().handoffMinutes() + " minutes")
                .collect(Collectors.joining(", "));
        return "Helpdesk hands off to engineering when it asks to, or at the latest when the hand-off target passes "
                + "without a resolution (" + targets + "); engineering opens a vendor case when the cause lies with "
                + "a vendor" + (terms.vendors().isEmpty() ? "" : " (" + String.join("; ", terms.vendors()) + ")")
                + ". A hand-off changes who works the incident, never its accountable owner.";
    }

    private static String executed(Evidence evidence) {
        return "Of " + evidence.incidents().total().count() + " incidents reported in the period: first response "
                + "within target " + percent(evidence.firstResponse().percentKept()) + ", resolution within target "
                + percent(evidence.resolution().percentKept()) + ", client updates on time "
                + percent(evidence.clientUpdates().percentKept()) + "; " + evidence.reviews().done().count() + " of "
                + evidence.reviews().required().count() + " P1 incidents reviewed; "
                + evidence.scopeGaps().incidents().count() + " incidents on systems outside the contract surfaced. "
                + "Each figure lists its tickets, and each ticket shows every promise against what happened.";
    }

    private static String percent(Double value) {
        return value == null ? "n/a (nothing due)" : value + " %";
    }

    private static Evidence.Line line(String text, Evidence.Count count) {
        return new Evidence.Line(text, count);
    }

    /** FIELD_DISPATCH -> field dispatch */
    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase().replace('_', ' ');
    }
}
