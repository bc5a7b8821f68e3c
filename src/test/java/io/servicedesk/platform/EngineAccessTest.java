package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.WebappSession;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff work through Tasklist and /api; Camunda's REST API is for operators. Whatever door a person uses, a task
 * takes only its own form's fields, goes only to its candidate groups, and only camunda-admin deploys. The abuse
 * of issue 10: helpdesk set {@code stabilised=true} on a P1 through /engine-rest (204) and ended its client
 * updates; now it is refused and the process does not notice.
 */
@ServiceDeskTest
class EngineAccessTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void resetClock() {
        Clock.reset();
    }

    @Test
    void helpdeskCannotEndAP1sClientUpdatesThroughTheEngineRestApi() {
        ProcessInstance p1 = p1();
        Task work = task(p1, "Task_WorkIncident");
        Map<String, String> before = state(p1);

        Api.Response stabilised = api.send("helpdesk", Api.PASSWORD, "PUT",
                engineRest("/task/" + work.getId() + "/variables/stabilised"), "{\"value\":true,\"type\":\"Boolean\"}",
                Map.of());
        Api.Response priority = api.send("helpdesk", Api.PASSWORD, "PUT",
                engineRest("/task/" + work.getId() + "/variables/priority"), "{\"value\":\"P4\",\"type\":\"String\"}",
                Map.of());

        for (Api.Response refused : new Api.Response[] {stabilised, priority}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(refused.json().path("detail").asText()).contains("operators");
        }
        Jobs.runDue(engine, p1.getBusinessKey());
        assertThat(state(p1)).isEqualTo(before);
        assertUpdatesContinue(p1);
    }

    @Test
    void helpdeskCannotRewriteVariablesThroughTasklistsOwnApi() {
        ProcessInstance p1 = p1();
        Task work = task(p1, "Task_WorkIncident");
        Map<String, String> before = state(p1);
        WebappSession helpdesk = session("helpdesk");

        Api.Response onTask = helpdesk.engine("PUT", "/task/" + work.getId() + "/variables/stabilised",
                "{\"value\":true,\"type\":\"Boolean\"}");
        Api.Response onInstance = helpdesk.engine("POST", "/process-instance/" + p1.getId() + "/variables",
                "{\"modifications\":{\"priority\":{\"value\":\"P4\",\"type\":\"String\"}}}");
        Api.Response message = helpdesk.engine("POST", "/message",
                "{\"messageName\":\"Msg_ClientConfirmed\",\"businessKey\":\"" + p1.getBusinessKey() + "\"}");

        assertThat(onTask.status()).as(onTask.body()).isEqualTo(403);
        assertThat(onInstance.status()).as(onInstance.body()).isEqualTo(403);
        assertThat(message.status()).as(message.body()).isIn(400, 403);
        assertThat(state(p1)).isEqualTo(before);
        assertUpdatesContinue(p1);
    }

    @Test
    void aTaskTakesOnlyTheFieldsOfItsOwnForm() {
        ProcessInstance p1 = p1();
        Task work = task(p1, "Task_WorkIncident");
        Map<String, String> before = state(p1);
        WebappSession helpdesk = session("helpdesk");

        Api.Response smuggled = helpdesk.engine("POST", "/task/" + work.getId() + "/submit-form", """
                {"variables": {"diagnosisNotes": {"value": "Disk full"}, "outcome": {"value": "ENGINEERING"},
                               "stabilised": {"value": true, "type": "Boolean"}}}""");
        // shown in the form, but disabled there: display, not input
        Api.Response displayed = helpdesk.engine("POST", "/task/" + work.getId() + "/complete", """
                {"variables": {"diagnosisNotes": {"value": "Disk full"}, "outcome": {"value": "ENGINEERING"},
                               "priority": {"value": "P4"}}}""");

        assertThat(smuggled.status()).as(smuggled.body()).isEqualTo(403);
        assertThat(smuggled.json().path("message").asText()).contains("Work incident", "stabilised", "diagnosisNotes");
        assertThat(displayed.status()).as(displayed.body()).isEqualTo(403);
        assertThat(displayed.json().path("message").asText()).contains("priority");
        assertThat(task(p1, "Task_WorkIncident")).isNotNull();
        assertThat(state(p1)).isEqualTo(before);

        Api.Response ownFields = helpdesk.engine("POST", "/task/" + work.getId() + "/submit-form", """
                {"variables": {"diagnosisNotes": {"value": "Disk full on the database volume"},
                               "outcome": {"value": "RESOLVED"},
                               "resolution": {"value": "Freed space and restarted the database"}}}""");
        assertThat(ownFields.status()).as(ownFields.body()).isEqualTo(204);
        Jobs.runDue(engine, p1.getBusinessKey());
        assertThat(api.get("dispatcher", "/api/incidents/" + p1.getBusinessKey()).json().path("state").asText())
                .isEqualTo("RESOLVED");
    }

    @Test
    void aTaskIsAssignedOnlyToSomebodyOfItsCandidateGroups() {
        ProcessInstance p1 = p1();
        Task work = task(p1, "Task_WorkIncident");
        WebappSession dispatcher = session("dispatcher");

        Api.Response toEngineer = dispatcher.engine("POST", "/task/" + work.getId() + "/assignee",
                "{\"userId\":\"engineer\"}");
        Api.Response asLink = dispatcher.engine("POST", "/task/" + work.getId() + "/identity-links",
                "{\"userId\":\"engineer\",\"type\":\"assignee\"}");
        Api.Response claimedByDispatcher = dispatcher.engine("POST", "/task/" + work.getId() + "/claim",
                "{\"userId\":\"dispatcher\"}");

        for (Api.Response refused : new Api.Response[] {toEngineer, asLink, claimedByDispatcher}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().path("message").asText()).contains("Work incident", "helpdesk");
        }
        assertThat(task(p1, "Task_WorkIncident").getAssignee()).isNull();

        Api.Response toHelpdesk = dispatcher.engine("POST", "/task/" + work.getId() + "/assignee",
                "{\"userId\":\"helpdesk\"}");
        assertThat(toHelpdesk.status()).as(toHelpdesk.body()).isEqualTo(204);
        assertThat(task(p1, "Task_WorkIncident").getAssignee()).isEqualTo("helpdesk");
    }

    @Test
    void camundasRestApiIsForOperatorsOnly() {
        String definitions = engineRest("/process-definition");

        Api.Response anonymous = api.send(null, null, "GET", definitions, null, Map.of());
        Api.Response dispatcher = api.get("dispatcher", definitions);
        Api.Response auditor = api.get("auditor", definitions);
        Api.Response portal = api.get("northwind-portal", definitions);
        Api.Response admin = api.get("admin", definitions);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(dispatcher.status()).as(dispatcher.body()).isEqualTo(403);
        assertThat(dispatcher.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(portal.status()).isEqualTo(401);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(admin.json()).isNotEmpty();
    }

    @Test
    void onlyCamundaAdminDeploysAModel() {
        String key = "trustDeployCheck";
        Api.Response byDispatcher = session("dispatcher").send("POST",
                "/camunda/api/engine/engine/" + engine.getName() + "/deployment/create", multipart(key),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(byDispatcher.status()).as(byDispatcher.body()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
                .isZero();

        Api.Response byAdmin = api.send("admin", Api.PASSWORD, "POST", engineRest("/deployment/create"),
                multipart(key), Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
        try {
            assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
                    .isEqualTo(1);
        } finally {
            engine.getRepositoryService().createDeploymentQuery().deploymentName(key).list()
                    .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
        }
    }

    @Test
    void objectVariablesDeserializeOnlyIntoAllowedTypes() {
        ProcessInstance p1 = p1();
        engine.getRuntimeService().setVariable(p1.getId(), "probe", Variables.serializedObjectValue("\"file:/etc/passwd\"")
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).objectTypeName("java.io.File")
                .create());
        try {
            assertThatThrownBy(() -> engine.getRuntimeService().getVariable(p1.getId(), "probe"))
                    .hasStackTraceContaining("java.io.File");
        } finally {
            engine.getRuntimeService().removeVariable(p1.getId(), "probe");
        }
    }

    // --- helpers

    private static final String BOUNDARY = "trust-boundary-7f3c";

    private static String multipart(String key) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://servicedesk.io/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Started"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key
                + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private ProcessInstance p1() {
        Reports report = Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db");
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket).processDefinitionKey("incident").singleResult();
        assertThat(task(instance, "Task_WorkIncident")).as("P1 with helpdesk").isNotNull();
        return instance;
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
                .taskDefinitionKey(key).singleResult();
    }

    private WebappSession session(String user) {
        WebappSession.Login login = WebappSession.login(port, engine.getName(), user, Api.PASSWORD);
        assertThat(login.response().status()).as(login.response().body()).isEqualTo(200);
        return login.session();
    }

    private String engineRest(String path) {
        return "/engine-rest/engine/" + engine.getName() + path;
    }

    /** Everything the process holds and where it waits: an abuse that was refused changes none of it. */
    private Map<String, String> state(ProcessInstance instance) {
        Map<String, String> state = new TreeMap<>();
        var variables = engine.getRuntimeService().getVariablesTyped(instance.getId(), false);
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            state.put(name, String.valueOf(value instanceof SerializableValue serializable
                    ? serializable.getValueSerialized() : value.getValue()));
        }
        state.put("(waiting at)", engine.getRuntimeService().getActiveActivityIds(instance.getId()).stream().sorted()
                .collect(Collectors.joining(",")));
        return state;
    }

    private void assertUpdatesContinue(ProcessInstance instance) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("EndEvent_UpdatesStopped").count()).isZero();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "stabilised")).isNotEqualTo(true);
        assertThat(api.get("dispatcher", "/api/incidents/" + instance.getBusinessKey()).json()
                .path("priority").asText()).isEqualTo("P1");
    }
}
