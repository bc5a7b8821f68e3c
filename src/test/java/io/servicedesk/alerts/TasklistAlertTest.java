package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Browser;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Tasklist;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an owner sees when a warning is theirs, in a real browser: the alert in "My tasks" with its reference,
 * client and summary, the acknowledgement form with what monitoring said, and the alert acknowledged.
 */
@ServiceDeskTest
class TasklistAlertTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Alerts alerts;
    @LocalServerPort
    int port;

    Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = Browser.dumpOnFailure(() -> browser);

    @BeforeEach
    void setUp() {
        Clock.businessHours();
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOwnerFindsTheWarningInMyTasksAndAcknowledgesItWithTheForm() {
        Notifications.Alert disk = Notifications.alert(Notifications.unique("DiskSpaceLow")).severity("warning")
                .asset("northwind-accounting-db").summary("Transaction log volume above 90%");
        disk.annotations.put("description", "/var/lib/postgresql is 93% full and grows 2% a day");
        assertThat(new Api(port).post("monitoring", AlertmanagerWebhookTest.WEBHOOK, Notifications.message(disk))
                .status()).isEqualTo(200);
        AlertJobs.runDue(engine);
        Alert alert = alerts.findByFingerprintOrderByIdAsc(disk.fingerprint()).get(0);
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(alert.reference())
                .taskDefinitionKey("Task_AcknowledgeAlert").singleResult();

        Tasklist tasklist = new Tasklist(browser, engine, port);
        tasklist.logIn("engineer", Api.PASSWORD);
        List<String> cards = tasklist.cards("My tasks");
        // the card, as an incident's: task, the alert's reference and client, the owner it is assigned to, severity
        assertThat(cards).anySatisfy(card -> assertThat(card).contains(
                "Acknowledge alert · " + alert.reference() + " · Northwind Dental", "Erin Engineer",
                "Priority: Alert: warning"));
        tasklist.open("My tasks", task);
        tasklist.awaitForm("Acknowledge alert");
        assertThat(tasklist.value("Alert")).isEqualTo(alert.reference());
        assertThat(tasklist.value("Asset")).isEqualTo("Accounting database server");
        assertThat(tasklist.value("What monitoring says")).contains("93% full");
        assertThat(tasklist.value("Why it is yours")).contains("alert owner of asset northwind-accounting-db");
        tasklist.choose("Impact now", "None yet: I own it and follow it up");
        tasklist.fill("What you are doing about it", "Archiving old WAL segments, then resizing the volume");
        browser.screenshot("acknowledge-alert-form");

        tasklist.complete(task);

        Alert acknowledged = alerts.findById(alert.getId()).orElseThrow();
        assertThat(acknowledged.getState()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.getAcknowledgedBy()).isEqualTo("engineer");
        assertThat(acknowledged.getImpact()).isEqualTo(AlertImpact.NONE);
        assertThat(acknowledged.getAcknowledgementNote()).contains("Archiving old WAL segments");
    }
}
