package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.servicedesk.ServiceDeskApplication;
import io.servicedesk.support.Api;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** Who may do what: HTTP Basic on /api and /engine-rest, groups as roles, the webapps' own login. */
@ServiceDeskTest
class AccessTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityBootstrap identity;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    // --- authentication on /api

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJsonWithABasicChallenge() {
        Api.Response response = api.send(null, null, "GET", "/api/clients", null, Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIs401() {
        // a failed login locks the user for a while (Camunda's brute-force protection): not a shared demo user
        String user = throwawayUser(Groups.DISPATCH);
        assertThat(api.get(user, "/api/clients").status()).isEqualTo(200);

        Api.Response response = api.send(user, Api.PASSWORD + "-wrong", "GET", "/api/clients", null, Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");

        Api.Response unknownUser = api.send("nobody-" + UUID.randomUUID(), Api.PASSWORD, "GET", "/api/clients",
                null, Map.of());
        assertThat(unknownUser.status()).isEqualTo(401);
    }

    // --- roles on /api

    @Test
    void theAuditorReadsClientsAndContractsButCannotCreateClientsOrReportIncidents() {
        assertThat(api.get("auditor", "/api/clients").status()).isEqualTo(200);
        assertThat(api.get("auditor", "/api/contracts").status()).isEqualTo(200);

        String id = unique("audited");
        Api.Response client = api.post("auditor", "/api/clients", client(id));
        assertThat(client.status()).as(client.body()).isEqualTo(403);
        assertThat(client.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(client.json().path("status").asInt()).isEqualTo(403);
        assertThat(api.get("dispatcher", "/api/clients/" + id).status()).isEqualTo(404);

        Api.Response incident = api.post("auditor", "/api/incidents", Reports.northwind().json());
        assertThat(incident.status()).as(incident.body()).isEqualTo(403);
        assertThat(incident.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    @Test
    void helpdeskCannotWriteContractsOrAssets() {
        String clientId = unique("helpdesk-client");
        assertThat(api.post("dispatcher", "/api/clients", client(clientId)).status()).isEqualTo(201);
        String assetId = unique("helpdesk-asset");
        Api.Response asset = api.post("dispatcher", "/api/assets", asset(assetId, clientId, "Original", null));
        assertThat(asset.status()).as(asset.body()).isEqualTo(201);
        long version = asset.json().path("version").asLong();

        String contractId = unique("helpdesk-contract");
        Api.Response contract = api.post("helpdesk", "/api/contracts", contract(contractId, clientId));
        assertThat(contract.status()).as(contract.body()).isEqualTo(403);
        assertThat(contract.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(api.get("dispatcher", "/api/contracts/" + contractId).status()).isEqualTo(404);

        Api.Response change = api.put("helpdesk", "/api/assets/" + assetId,
                asset(assetId, clientId, "Changed by helpdesk", version));
        assertThat(change.status()).as(change.body()).isEqualTo(403);
        assertThat(change.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(api.get("dispatcher", "/api/assets/" + assetId).json().path("name").asText())
                .isEqualTo("Original");
    }

    @Test
    void dispatcherAndAdminCreateClients() {
        for (String user : List.of("dispatcher", "admin")) {
            String id = unique(user);
            Api.Response response = api.post(user, "/api/clients", client(id));

            assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(201);
            assertThat(api.get(user, "/api/clients/" + id).status()).isEqualTo(200);
        }
    }

    // --- engine REST and webapps

    @Test
    void engineRestNeedsBasicAuthenticationAsAnOperator() {
        // the test profile gives the engine a unique name: address it by name, not as "default"
        String processDefinitions = "/engine-rest/engine/" + engine.getName() + "/process-definition";

        Api.Response anonymous = api.send(null, null, "GET", processDefinitions, null, Map.of());
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);

        Api.Response wrongPassword = api.send(throwawayUser(Groups.ADMIN), "wrong", "GET", processDefinitions,
                null, Map.of());
        assertThat(wrongPassword.status()).as(wrongPassword.body()).isEqualTo(401);

        Api.Response dispatcher = api.get("dispatcher", processDefinitions);
        assertThat(dispatcher.status()).as(dispatcher.body()).isEqualTo(403);
        assertThat(dispatcher.header("Content-Type")).startsWith(PROBLEM_JSON);

        Api.Response admin = api.get("admin", processDefinitions);
        assertThat(admin.status()).as(admin.body()).isEqualTo(200);
        assertThat(admin.json().isArray()).isTrue();
        assertThat(admin.json()).isNotEmpty();
    }

    // --- bounded input

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeItIsParsed() {
        long before = incidentsCount();
        String padding = "x".repeat(300_000);
        Api.Response oversized = chunked("/api/incidents", Reports.northwind().with("description", padding).json());

        assertThat(oversized.status()).as(oversized.body()).isEqualTo(413);
        assertThat(oversized.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(incidentsCount()).isEqualTo(before);

        Api.Response small = chunked("/api/incidents", Reports.northwind().json());
        assertThat(small.status()).as(small.body()).isEqualTo(201);
    }

    @Test
    void camundaAdminsFirstUserSetupIsClosed() {
        Api.Response setup = api.send(null, null, "POST",
                "/camunda/api/admin/setup/" + engine.getName() + "/user/create",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-1\"}}", Map.of());

        assertThat(setup.status()).as(setup.body()).isEqualTo(403);
        assertThat(setup.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void tasklistServesItsLoginPageWithoutCredentials() {
        Api.Response response = api.send(null, null, "GET", "/camunda/app/tasklist/", null, Map.of());
        // Camunda redirects /app/tasklist/ to the default engine's page: follow that, still without credentials
        for (int hop = 0; hop < 3 && response.status() / 100 == 3; hop++) {
            String location = URI.create(response.header("Location")).getPath();
            assertThat(location).startsWith("/camunda/app/tasklist/");
            response = api.send(null, null, "GET", location, null, Map.of());
        }

        assertThat(response.status()).as(response.headers().toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).containsIgnoringCase("<html");
    }

    // --- production mode

    @Test
    void productionRefusesToStartWithoutTheAdministratorFromTheEnvironment() {
        Throwable failure = catchThrowable(() -> production("prodcheck", "", "").close());

        assertThat(failure).isNotNull();
        Throwable root = NestedExceptionUtils.getRootCause(failure);
        assertThat(root == null ? failure.getMessage() : root.getMessage()).contains("SERVICEDESK_ADMIN_ID");
    }

    @Test
    void withoutAChosenProfileTheServiceIsNoDemoAndRefusesToStartWithoutTheAdministrator() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ServiceDeskApplication.class)
                .run("--spring.datasource.url=jdbc:h2:mem:noprofile", "--server.port=0",
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true").close());

        assertThat(failure).isNotNull();
        Throwable root = NestedExceptionUtils.getRootCause(failure);
        assertThat(root == null ? failure.getMessage() : root.getMessage())
                .contains("SERVICEDESK_ADMIN_ID", "SERVICEDESK_ADMIN_PASSWORD");
    }

    @Test
    void productionStartsWithTheAdministratorFromTheEnvironmentWhoCanUseTheApi() {
        String database = "prodcheck-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = production(database, "root", "s3cret-from-env")) {
            Api production = new Api(((WebServerApplicationContext) context).getWebServer().getPort());

            Api.Response clients = production.send("root", "s3cret-from-env", "GET", "/api/clients", null, Map.of());
            assertThat(clients.status()).as(clients.body()).isEqualTo(200);
            // no demo data in production
            assertThat(clients.json().isArray()).isTrue();
            assertThat(clients.json()).isEmpty();

            assertThat(production.send("root", "wrong", "GET", "/api/clients", null, Map.of()).status())
                    .isEqualTo(401);
            assertThat(production.get("dispatcher", "/api/clients").status()).isEqualTo(401);

            // production deploys models with a release, not from Modeler: not even the administrator may
            String engineName = context.getBean(ProcessEngine.class).getName();
            Api.Response deploy = production.send("root", "s3cret-from-env", "POST",
                    "/engine-rest/engine/" + engineName + "/deployment/create", deployment(),
                    Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));
            assertThat(deploy.status()).as(deploy.body()).isEqualTo(403);
            assertThat(deploy.json().path("message").asText()).contains("switched off");
        }

        // an operator who lost the password sets another in the environment and restarts
        try (ConfigurableApplicationContext context = production(database, "root", "changed-in-env")) {
            Api production = new Api(((WebServerApplicationContext) context).getWebServer().getPort());

            assertThat(production.send("root", "changed-in-env", "GET", "/api/clients", null, Map.of()).status())
                    .isEqualTo(200);
            assertThat(production.send("root", "s3cret-from-env", "GET", "/api/clients", null, Map.of()).status())
                    .isEqualTo(401);
        }
    }

    private static final String BOUNDARY = "access-boundary";

    private static String deployment() {
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
                + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Sneaky\" "
                + "targetNamespace=\"http://servicedesk.io/test\"><bpmn:process id=\"sneaky\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"P1D\"><bpmn:startEvent id=\"StartEvent_Sneaky\"/></bpmn:process>"
                + "</bpmn:definitions>";
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sneaky.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
    }

    /** A body sent without Content-Length (Transfer-Encoding: chunked), as a streaming client would. */
    private Api.Response chunked(String path, String body) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Api.token("northwind-portal"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            return new Api.Response(response.statusCode(), headers, response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long incidentsCount() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("incident").count();
    }

    /**
     * The service with the "prod" profile only, on H2 instead of PostgreSQL. The settings are given as
     * command-line arguments: SpringApplicationBuilder.properties(...) would only be defaults, which
     * application-prod.yaml (datasource, servicedesk.admin.*) overrides.
     */
    private static ConfigurableApplicationContext production(String database, String adminId, String adminPassword) {
        return new SpringApplicationBuilder(ServiceDeskApplication.class)
                .profiles("prod")
                .run("--spring.datasource.url=jdbc:h2:mem:" + database,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        // Camunda's webapps keep their runtime in static fields and clear them when any context
                        // stops: a second context with webapps would take Tasklist away from the shared one
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--servicedesk.admin.id=" + adminId,
                        "--servicedesk.admin.password=" + adminPassword);
    }

    /** A user of its own for a test that fails logins on purpose: failed logins slow the user down for a while. */
    private String throwawayUser(String group) {
        String id = unique("access");
        identity.ensureUser(id, "Throwaway", "User", null, Api.PASSWORD, group);
        return id;
    }

    // --- bodies

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String client(String id) {
        return Api.json(Map.of("id", id, "name", "Client " + id,
                "contacts", List.of(Map.of("name", "Ann Access", "email", "ann@" + id + ".test"))));
    }

    private static String asset(String id, String clientId, String name, Long version) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("id", id);
        asset.put("clientId", clientId);
        asset.put("name", name);
        asset.put("kind", "workstation");
        asset.put("criticality", "LOW");
        asset.put("owner", "Ann Access");
        asset.put("maintenanceGroup", "Workstations");
        asset.put("inScope", true);
        if (version != null) {
            asset.put("version", version);
        }
        return Api.json(asset);
    }

    private static String contract(String id, String clientId) {
        Map<String, Object> target = Map.of("responseMinutes", 60, "resolutionMinutes", 480, "handoffMinutes", 60);
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", id);
        contract.put("clientId", clientId);
        contract.put("name", "Helpdesk attempt");
        contract.put("timeZone", "Europe/Berlin");
        contract.put("defaultOwner", "helpdesk");
        contract.put("supportHours", List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "17:00")));
        contract.put("targets", Map.of("P1", target, "P2", target, "P3", target, "P4", target));
        return Api.json(contract);
    }
}
