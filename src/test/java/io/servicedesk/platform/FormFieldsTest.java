package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a Camunda Form lets a person submit, read from the form itself: a new form needs no code. */
class FormFieldsTest {

    @Test
    void workIncidentTakesItsInputsButNotTheValuesItOnlyShows() throws IOException {
        try (InputStream form = Files.newInputStream(Path.of("forms/work-incident.form"))) {
            FormFields fields = FormFields.parse(form);

            assertThat(fields.editable()).contains("diagnosisNotes", "outcome", "resolution")
                    .doesNotContain("priority", "accountableOwner", "ticket", "stabilised");
            assertThat(fields.readOnly()).isEmpty();
        }
    }

    @Test
    void groupsAndListsSubmitUnderTheirPathAndReadOnlyFieldsAreKeptApart() throws IOException {
        String schema = """
                {"components": [
                  {"type": "text", "text": "Hello"},
                  {"type": "group", "path": "site.address", "components": [
                    {"type": "textfield", "key": "street"}]},
                  {"type": "group", "components": [{"type": "textfield", "key": "contact.phone"}]},
                  {"type": "textfield", "key": "reference", "readonly": true},
                  {"type": "textfield", "key": "ticket", "disabled": true}
                ]}""";

        FormFields fields = FormFields.parse(new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)));

        assertThat(fields.editable()).containsExactlyInAnyOrder("site", "contact");
        assertThat(fields.readOnly()).containsExactly("reference");
    }
}
