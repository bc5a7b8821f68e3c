package io.servicedesk.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api: what springdoc reads from the controllers, plus what it cannot see: HTTP
 * Basic with a service-desk account, one tag per resource, and the errors every operation can answer, all
 * as application/problem+json (RFC 9457) with {@code errors: [{field, message}]} naming the fields at fault.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC = "basic";

    private static final Map<String, String> TAGS = Map.of(
            "incidents", "Report incidents, read them with their timeline, and act on them while they are worked",
            "clients", "Client companies and their contacts",
            "contracts", "What a client bought: support window, after-hours coverage, targets, scoped services, vendors",
            "assets", "Systems in a contract's scope",
            "alerts", "Monitoring alerts (Prometheus Alertmanager webhook)",
            "audit", "Compliance evidence per incident and per contract and period");

    @Bean
    OpenAPI serviceDeskApi() {
        String version = Objects.requireNonNullElse(
                ApiDocumentation.class.getPackage().getImplementationVersion(), "development");
        return new OpenAPI()
                .info(new Info().title("Service desk API").version(version).description("""
                        Incidents, clients, contracts and assets of the service-desk orchestration service. \
                        Every request logs in with HTTP Basic as a service-desk user; what it may do follows \
                        the user's Camunda groups.

                        Every error is `application/problem+json` (RFC 9457): `status`, `title`, `detail`, \
                        and for a request field at fault `errors: [{"field": ..., "message": ...}]`. A rejected \
                        request changes nothing."""))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * Runs on the finished document, so it also covers endpoints added later: the error schemas and the login
     * (added here, after springdoc dropped components nothing referred to yet), one tag per resource, the
     * errors of every operation, and operation ids without springdoc's numbered duplicates ("read_2").
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("A service-desk account (Camunda identity)"))
                    .addSchemas(FIELD_ERROR, fieldErrorSchema())
                    .addSchemas(PROBLEM, problemSchema());
            Map<String, Long> names = new LinkedHashMap<>();
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                    names.merge(baseName(operation), 1L, Long::sum)));
            List<String> used = new ArrayList<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String resource = resourceOf(path);
                operation.setTags(List.of(resource));
                if (!used.contains(resource)) {
                    used.add(resource);
                }
                String base = baseName(operation);
                operation.setOperationId(names.getOrDefault(base, 0L) > 1 ? base + camel(lastNoun(path)) : base);
                describeErrors(path, method, operation);
            }));
            api.setTags(used.stream().sorted()
                    .map(name -> new Tag().name(name).description(TAGS.get(name)))
                    .toList());
        };
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("One request field at fault")
                .addProperty("field", new StringSchema().example("clientId")
                        .description("The field: a JSON path into the body, a parameter or a header"))
                .addProperty("message", new StringSchema().example("must not be blank")
                        .description("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An error (RFC 9457 problem details)")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("clientId: must not be blank"))
                .addProperty("instance", new StringSchema().example("/api/incidents"))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("The request fields at fault; absent when no single field is"))
                .required(List.of("title", "status"));
    }

    /** springdoc names an operation after its Java method, numbering repeats: "read_2" is a "read". */
    private static String baseName(Operation operation) {
        return operation.getOperationId() == null ? "operation" : operation.getOperationId().replaceAll("_\\d+$", "");
    }

    /** "/api/incidents/{ticket}/vendor-updates" ends with vendor updates. */
    private static String lastNoun(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
                return segments[i];
            }
        }
        return "api";
    }

    private static String camel(String words) {
        StringBuilder camel = new StringBuilder();
        for (String word : words.split("-")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return camel.toString();
    }

    /** "/api/incidents/{ticket}/priority" is about incidents. */
    static String resourceOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[2] : "api";
    }

    private static void describeErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> errors = new LinkedHashMap<>();
        if (body || parameters) {
            errors.put("400", "Invalid request: `errors` names each field at fault");
        }
        errors.put("401", "Not logged in, or a wrong password");
        errors.put("403", "The user's groups do not allow this");
        if (path.contains("{")) {
            errors.put("404", "No such " + resourceOf(path).replaceAll("s$", ""));
        }
        if (writes) {
            errors.put("409", "Conflicts with the current state, or was changed by somebody else meanwhile");
        }
        if (body) {
            errors.put("413", "The body is larger than the service accepts");
            errors.put("415", "The body is not JSON");
            errors.put("422", "The body refers to something that does not exist (a client, contract or asset)");
        }
        errors.put("500", "Something went wrong on our side; nothing was changed");
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errors.forEach((status, description) -> responses.computeIfAbsent(status, code -> problem(description)));
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
