package io.servicedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Incidents;
import io.servicedesk.support.OnPostgres;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The figures' queries on PostgreSQL, the production database: every gauge has a value. */
@ServiceDeskTest
@OnPostgres
class ServiceDeskMetricsOnPostgresTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void everyFigureIsReadFromPostgres() {
        Clock.businessHours();
        Api api = new Api(port);
        Incidents.report(api, engine, Reports.northwind().signals(true, 4, false));
        Clock.advanceMinutes(24 * 60);

        Api.Response scrape = api.get("admin", "/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        List<String> figures = scrape.body().lines().filter(line -> line.startsWith("servicedesk_")).toList();
        assertThat(figures).as("the service desk's figures").hasSizeGreaterThan(40)
                .noneMatch(line -> line.endsWith("NaN"))
                .anyMatch(line -> line.matches("servicedesk_incidents_open\\{.*priority=\"P1\",state=\"IN_PROGRESS\"} [1-9].*"))
                .anyMatch(line -> line.matches("servicedesk_response_breaches\\{.*priority=\"P1\"} [1-9].*"));
    }
}
