package io.servicedesk.triage;

import io.servicedesk.platform.Groups;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Who can be an incident's accountable owner (or own a follow-up action): the people of the service-desk
 * teams. Forms list them through an input mapping of their task, {@code ${ownerCandidates.asFormOptions()}},
 * into the local variable {@code ownerOptions} that the select reads (valuesKey).
 */
@Component("ownerCandidates")
public class OwnerCandidates {

    private static final List<String> OWNER_GROUPS = List.of(Groups.DISPATCH, Groups.HELPDESK, Groups.ENGINEERING,
            Groups.DUTY_MANAGER);

    private final IdentityService identity;

    OwnerCandidates(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isCandidate(String userId) {
        return identity.createUserQuery().userId(userId).list().stream()
                .anyMatch(user -> OWNER_GROUPS.stream().anyMatch(group ->
                        identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
    }

    public SpinJsonNode asFormOptions() {
        List<Map<String, String>> options = OWNER_GROUPS.stream()
                .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream()
                        .map(user -> Map.of("value", user.getId(), "label", label(user, group))))
                .collect(java.util.stream.Collectors.toMap(option -> option.get("value"), option -> option,
                        (first, second) -> first))
                .values().stream()
                .sorted(Comparator.comparing(option -> option.get("label")))
                .toList();
        return Spin.JSON(options);
    }

    private static String label(User user, String group) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return (name.isEmpty() ? user.getId() : name) + " (" + group + ")";
    }
}
