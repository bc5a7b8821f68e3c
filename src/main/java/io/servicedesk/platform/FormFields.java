package io.servicedesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The process variables a Camunda Form (.form, form-js schema) submits: the keys of its fields, or of the groups
 * and lists whose path holds them. Disabled fields only show values (form-js does not submit them); read-only
 * fields are submitted with the value they show.
 */
record FormFields(Set<String> editable, Set<String> readOnly) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final FormFields NONE = new FormFields(Set.of(), Set.of());

    static FormFields of(Collection<String> generatedFieldIds) {
        return new FormFields(new TreeSet<>(generatedFieldIds), Set.of());
    }

    static FormFields parse(InputStream form) throws IOException {
        Set<String> editable = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        collect(JSON.readTree(form).path("components"), null, editable, readOnly);
        readOnly.removeAll(editable);
        return new FormFields(editable, readOnly);
    }

    private static void collect(JsonNode components, String variable, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : components) {
            String path = component.path("path").asText(null);
            String inner = variable != null ? variable : path == null || path.isBlank() ? null : topLevel(path);
            String key = component.path("key").asText(null);
            if (key != null && !key.isBlank() && !component.path("disabled").asBoolean(false)) {
                String name = inner != null ? inner : topLevel(key);
                (component.path("readonly").asBoolean(false) ? readOnly : editable).add(name);
            }
            if (component.has("components")) {
                collect(component.path("components"), inner, editable, readOnly);
            }
        }
    }

    private static String topLevel(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
