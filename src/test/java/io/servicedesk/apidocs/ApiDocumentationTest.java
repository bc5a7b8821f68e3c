package io.servicedesk.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.ServiceDeskTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document the service serves at /v3/api-docs is valid OpenAPI 3, describes every /api endpoint
 * the service answers, and documents the error format those endpoints really use.
 */
@ServiceDeskTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theDocumentIsValidOpenApiAndDescribesEveryApiEndpoint() {
        OpenAPI document = parse(served());

        Set<String> answered = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/") || path.equals("/api"))
                .forEach(path -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> answered.add(method + " " + path))));
        assertThat(answered).as("the service answers /api endpoints").isNotEmpty();

        Set<String> described = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> described.add(method + " " + path)));
        assertThat(described).as("the OpenAPI document's operations").containsAll(answered);
        assertThat(described).as("only /api is described").allMatch(operation -> operation.contains(" /api/"));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemJsonWithTheFieldsAtFault() {
        OpenAPI document = parse(served());

        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "detail", "errors");
        Schema<?> fieldError = document.getComponents().getSchemas().get("FieldError");
        assertThat(fieldError.getProperties()).containsOnlyKeys("field", "message");
        assertThat(document.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");

        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            assertThat(operation.getTags()).as("%s is tagged with its resource", name).hasSize(1);
            assertThat(operation.getResponses()).as("%s's responses", name).containsKeys("401", "403", "500");
            if (operation.getRequestBody() != null) {
                assertThat(operation.getResponses()).as("%s's responses", name).containsKeys("400", "413", "415");
            }
            if (path.contains("{")) {
                assertThat(operation.getResponses()).as("%s's responses", name).containsKey("404");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(problemSchema(response)).as("%s answers %s as problem+json", name, status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
    }

    @Test
    void theDocumentedErrorFormatIsWhatTheApiAnswers() {
        Operation report = parse(served()).getPaths().get("/api/incidents").getPost();
        assertThat(report.getResponses()).containsKey("400");

        Api.Response invalid = api.post("northwind-portal", "/api/incidents", Api.json(Map.of("summary", "")));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = invalid.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("errors")).isNotEmpty().allSatisfy(error -> {
            assertThat(error.get("field").asText()).isNotBlank();
            assertThat(error.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void theDocumentAndSwaggerUiNeedALogin() {
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(401);
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(401);
        assertThat(api.get("helpdesk", "/swagger-ui/index.html").status()).isEqualTo(200);
        Api.Response config = api.get("helpdesk", "/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").asText()).isEqualTo("/v3/api-docs");
    }

    private String served() {
        Api.Response response = api.get("helpdesk", "/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.body();
    }

    private static OpenAPI parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("what the OpenAPI parser finds wrong").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        return result.getOpenAPI();
    }

    private static String problemSchema(ApiResponse response) {
        if (response.getContent() == null || response.getContent().get("application/problem+json") == null) {
            return null;
        }
        return response.getContent().get("application/problem+json").getSchema().get$ref();
    }
}
