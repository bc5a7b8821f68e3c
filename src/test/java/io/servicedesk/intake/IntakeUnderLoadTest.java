package io.servicedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Load;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * On the embedded default (H2 in a file): a burst from 16 clients on a pool of four connections for four
 * job threads is absorbed and worked off without a pool time-out or a failed job; then the kill.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeUnderLoadTest extends IntakeUnderLoad {

    @Override
    Map<String, String> database() {
        return Map.of();
    }

    @Override
    String name() {
        return "intake-under-load-h2";
    }

    @Test
    @Order(1)
    void aBurstOnASmallPoolIsAcceptedAndWorkedOffWithoutTimeOutsOrFailedJobs() throws Exception {
        service = start();
        Api api = service.api();

        Load.Result burst = new Load(service.port(), REPORTER, 16).post(200, IntakeUnderLoad::report);

        assertThat(burst.errors()).as("errors: %s", burst.problems()).isZero();
        assertThat(burst.acknowledged()).as("every report answered with a ticket").hasSize(200)
                .doesNotHaveDuplicates();
        awaitDrained(api, Duration.ofMinutes(3));
        assertThat(count(api, "/engine-rest/history/job-log/count?failureLog=true")).as("failed job executions")
                .isZero();
        assertThat(count(api, "/engine-rest/incident/count")).as("Cockpit incidents").isZero();
        assertThat(service.logTail(Integer.MAX_VALUE)).as("pool time-outs in the log")
                .doesNotContain("Connection is not available");
        List<String> unacknowledged = burst.acknowledged().stream()
                .filter(ticket -> !acknowledgementRecorded(api, ticket)).toList();
        assertThat(unacknowledged).as("reports without their acknowledgement").isEmpty();
    }
}
