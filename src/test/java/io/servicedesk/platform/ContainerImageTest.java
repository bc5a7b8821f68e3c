package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.ServiceContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The container image an operator runs (docker/build-image; .ci/run builds it and sets SERVICEDESK_IMAGE):
 * a non-root user, a health check on /actuator/health, the production profile unless told otherwise.
 * TwoNodeClusterTest runs two nodes from the same image through a node kill and a PostgreSQL restart.
 */
class ContainerImageTest {

    @Test
    void runsAsAnUnprivilegedUserWithAHealthCheckOnActuatorHealth() {
        JsonNode image = ServiceContainer.inspect(ServiceContainer.image());

        assertThat(image.path("Config").path("User").asText()).as("image user").isNotBlank()
                .doesNotStartWith("0:").isNotEqualTo("0").isNotEqualTo("root");
        assertThat(strings(image.path("Healthcheck").path("Test")))
                .anySatisfy(command -> assertThat(command).contains("/actuator/health"));
        assertThat(strings(image.path("Config").path("Entrypoint"))).startsWith("java").contains("-jar");
        assertThat(strings(image.path("Config").path("Env"))).contains("SPRING_PROFILES_ACTIVE=prod");
    }

    @Test
    void startsInTheProductionProfileAndRefusesToRunWithoutItsSettings() {
        // an operator who forgets the database and administrator settings gets no demo with default passwords
        try (ServiceContainer node = ServiceContainer.create(ServiceContainer.image(), "image-defaults", Map.of())) {
            int exit = node.awaitExit(Duration.ofMinutes(4));

            String log = node.logTail(400);
            assertThat(exit).as("exit code; log:\n%s", log).isNotZero();
            assertThat(log).contains("The following 1 profile is active: \"prod\"");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
